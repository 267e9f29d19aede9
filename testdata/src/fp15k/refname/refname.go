// Package refname: a remittance API that dedupes a write on a body field
// naming the request's own reference (transactionReference,
// clientRequestId). Such a field holding a value made once from the
// caller's id is the retried write's key (silent); the same field
// rebuilt per attempt with time.Now(), holding a constant, the caller's
// id in a field of another name, or a client whose other requests carry
// an Idempotency-Key header, are retries without a key (reported).
package refname

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/go-resty/resty/v2"
)

type Remitter struct {
	rc   *resty.Client
	hc   *http.Client
	base string
}

func NewRemitter(base string) *Remitter {
	return &Remitter{rc: resty.New().SetBaseURL(base), hc: &http.Client{}, base: base}
}

type Refund struct {
	ID    string
	Cents int64
}

// Look-alike: a map body whose transactionReference is made once from
// the refund's id, re-sent by a hand-written loop.
func (m *Remitter) Refund(ctx context.Context, r Refund) error {
	body := map[string]any{
		"transactionReference": "rf-" + r.ID,
		"amount":               r.Cents,
	}
	for i := 0; i < 4; i++ {
		resp, err := m.rc.R().SetContext(ctx).SetBody(body).Post("/v3/refunds")
		if err == nil && resp.StatusCode() < 300 {
			return nil
		}
		time.Sleep(time.Duration(2<<i) * time.Second)
	}
	return fmt.Errorf("refund %s not sent", r.ID)
}

type creditBody struct {
	ClientRequestID string `json:"client_request_id"`
	Account         string `json:"account"`
	Cents           int64  `json:"cents"`
}

// Look-alike: a struct body marshalled on every attempt, its
// client_request_id the caller's credit id.
func (m *Remitter) Credit(ctx context.Context, creditID, account string, cents int64) error {
	cb := creditBody{ClientRequestID: creditID + ":credit", Account: account, Cents: cents}
	buf, err := json.Marshal(cb)
	if err != nil {
		return err
	}
	for i := 0; i < 4; i++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, m.base+"/v3/payouts", bytes.NewReader(buf))
		if err != nil {
			return err
		}
		resp, err := m.hc.Do(req)
		if err == nil && resp.StatusCode < 300 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(2<<i) * time.Second)
	}
	return fmt.Errorf("credit %s not sent", creditID)
}

// Reported: the reference is rebuilt with the clock on every attempt.
func (m *Remitter) RefundStamped(ctx context.Context, r Refund) error {
	for i := 0; i < 4; i++ {
		body := map[string]any{
			"transactionReference": fmt.Sprintf("rf-%s-%d", r.ID, time.Now().UnixNano()),
			"amount":               r.Cents,
		}
		resp, err := m.rc.R().SetContext(ctx).SetBody(body).Post("/v3/refunds") // want `POST /v3/refunds is retried by a for loop \(line 84\) without an idempotency key`
		if err == nil && resp.StatusCode() < 300 {
			return nil
		}
		time.Sleep(time.Duration(2<<i) * time.Second)
	}
	return fmt.Errorf("refund %s not sent", r.ID)
}

// Reported: a constant reference is the same for every refund.
func (m *Remitter) RefundBatch(ctx context.Context, r Refund) error {
	body := map[string]any{"transactionReference": "monthly refunds", "amount": r.Cents}
	for i := 0; i < 4; i++ {
		resp, err := m.rc.R().SetContext(ctx).SetBody(body).Post("/v3/refunds") // want `POST /v3/refunds is retried by a for loop \(line 101\) without an idempotency key`
		if err == nil && resp.StatusCode() < 300 {
			return nil
		}
		time.Sleep(time.Duration(2<<i) * time.Second)
	}
	return fmt.Errorf("refund %s not sent", r.ID)
}

// Reported: the refund's id travels as a memo, not as a reference.
func (m *Remitter) RefundMemo(ctx context.Context, r Refund) error {
	body := map[string]any{"memo": "rf-" + r.ID, "amount": r.Cents}
	for i := 0; i < 4; i++ {
		resp, err := m.rc.R().SetContext(ctx).SetBody(body).Post("/v3/refunds") // want `POST /v3/refunds is retried by a for loop \(line 114\) without an idempotency key`
		if err == nil && resp.StatusCode() < 300 {
			return nil
		}
		time.Sleep(time.Duration(2<<i) * time.Second)
	}
	return fmt.Errorf("refund %s not sent", r.ID)
}

// Keyed keys its reversals with an Idempotency-Key header: its API
// dedupes by header, and a transferReference in a body is a note.
type Keyed struct{ rc *resty.Client }

func (k *Keyed) Transfer(ctx context.Context, id string, cents int64) error {
	body := map[string]any{"transferReference": "tr-" + id, "amount": cents}
	for i := 0; i < 4; i++ {
		resp, err := k.rc.R().SetContext(ctx).SetBody(body).Post("/v1/transfers") // want `POST /v1/transfers is retried by a for loop \(line 130\) without an idempotency key`
		if err == nil && resp.StatusCode() < 300 {
			return nil
		}
		time.Sleep(time.Duration(2<<i) * time.Second)
	}
	return fmt.Errorf("transfer %s not sent", id)
}

func (k *Keyed) Reverse(ctx context.Context, id string) error {
	_, err := k.rc.R().SetContext(ctx).SetHeader("Idempotency-Key", "rev-"+id).Post("/v1/transfers/" + id + "/reverse")
	return err
}
