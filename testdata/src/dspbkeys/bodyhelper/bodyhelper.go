// Package bodyhelper: a request body built and marshalled by a helper of
// the package (payload := p.refundBody(r)) carries its key field from
// what the helper does: a value made inside on every call (uuid, the
// clock) is a new key per attempt when the helper is called inside the
// retry loop. Look-alikes stay silent: a key from the row's id and a
// constant suffix, a body built once before the loop, and the clock in a
// field that is not a key.
package bodyhelper

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/google/uuid"
)

type Refund struct {
	ID       string
	ChargeID string
	Cents    int64
}

type PSP struct {
	base string
	hc   *http.Client
}

func (p *PSP) send(ctx context.Context, path string, payload []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.base+path, bytes.NewReader(payload))
	if err != nil {
		return nil, err
	}
	return p.hc.Do(req)
}

type refundReq struct {
	IdempotencyKey string `json:"idempotency_key"`
	Charge         string `json:"charge"`
	Amount         int64  `json:"amount"`
}

// refundBody makes a new key on every call.
func (p *PSP) refundBody(r *Refund) []byte {
	raw, _ := json.Marshal(refundReq{IdempotencyKey: uuid.NewString(), Charge: r.ChargeID, Amount: r.Cents})
	return raw
}

// payoutBody: the provider dedupes on external_id, here the payout's id
// plus the clock: new on every call.
func payoutBody(id string, cents int64) []byte {
	raw, _ := json.Marshal(map[string]any{
		"external_id": id + ":" + strconv.FormatInt(time.Now().UnixNano(), 10),
		"amount":      cents,
	})
	return raw
}

// stableBody: the key is the refund's id and a constant suffix.
func (p *PSP) stableBody(r *Refund) []byte {
	raw, _ := json.Marshal(refundReq{IdempotencyKey: r.ID + "-refund", Charge: r.ChargeID, Amount: r.Cents})
	return raw
}

// stampedBody: the clock goes into a timestamp, the key is the id.
func stampedBody(id string, cents int64) []byte {
	raw, _ := json.Marshal(map[string]any{
		"idempotency_key": "po-" + id,
		"requested_at":    time.Now().UTC().Format(time.RFC3339),
		"amount":          cents,
	})
	return raw
}

// Refund builds the body inside the loop: a new key per attempt.
func (p *PSP) Refund(ctx context.Context, r *Refund) error {
	for try := 0; try < 4; try++ {
		resp, err := p.send(ctx, "/v1/refunds", p.refundBody(r)) // want `POST /v1/refunds is retried by a for loop \(line 81\) but refundBody makes a new idempotency key on every call`
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(try+1) * time.Second)
	}
	return errors.New("refund: gave up")
}

// Payout: the same through a package function and a map body.
func (p *PSP) Payout(ctx context.Context, id string, cents int64) error {
	var err error
	for try := 0; try < 3; try++ {
		var resp *http.Response
		if resp, err = p.send(ctx, "/v1/payouts", payoutBody(id, cents)); err == nil { // want `POST /v1/payouts is retried by a for loop \(line 95\) but payoutBody makes a new idempotency key on every call`
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// RefundStable (silent): the key is the same on every attempt.
func (p *PSP) RefundStable(ctx context.Context, r *Refund) error {
	for try := 0; try < 4; try++ {
		resp, err := p.send(ctx, "/v1/refunds", p.stableBody(r))
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(try+1) * time.Second)
	}
	return errors.New("refund: gave up")
}

// RefundOnce (silent): the body, key included, is built once before the
// loop and the same bytes are sent on every attempt.
func (p *PSP) RefundOnce(ctx context.Context, r *Refund) error {
	body := p.refundBody(r)
	for try := 0; try < 4; try++ {
		resp, err := p.send(ctx, "/v1/refunds", body)
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(try+1) * time.Second)
	}
	return errors.New("refund: gave up")
}

// PayoutStamped (silent): the clock is a timestamp, not the key.
func (p *PSP) PayoutStamped(ctx context.Context, id string, cents int64) error {
	for try := 0; try < 3; try++ {
		resp, err := p.send(ctx, "/v1/payouts", stampedBody(id, cents))
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return errors.New("payout: gave up")
}
