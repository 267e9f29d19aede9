// Package payouts: a hand-written client for a marketplace's payout API,
// which dedupes a payout on a header of its own naming (X-Client-Reference,
// X-Unique-Id, X-Request-Id), not Idempotency-Key. A header whose name reads
// as the request's reference and whose value is the caller's reference, or
// a uuid made once before the loop, is the retried write's key (silent).
// Configuration under such a header (the receiver's reference, a constant),
// a new id per attempt, one derived from the attempt counter, a tracing id
// taken from the context, and the caller's reference under a header that
// names no reference are retries without a key (reported).
package payouts

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// Header names of the payout API.
const (
	hdrClientRef = "X-Client-Reference"
	hdrUniqueID  = "X-Unique-Id"
	hdrMerchant  = "X-Merchant-Id"
)

type Payouts struct {
	hc        *http.Client
	base      string
	merchant  string
	clientRef string
}

type Payout struct {
	Reference string `json:"-"`
	Account   string `json:"account"`
	Cents     int64  `json:"cents"`
}

func (p *Payouts) request(ctx context.Context, path string, body any) (*http.Request, error) {
	buf, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	return http.NewRequestWithContext(ctx, http.MethodPost, p.base+path, bytes.NewReader(buf))
}

func ok(resp *http.Response, err error) bool {
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode < 300
}

// Look-alike: the caller's reference (a field of its payout) under a
// constant naming the client reference, set on every attempt.
func (p *Payouts) Send(ctx context.Context, po Payout) error {
	for try := 0; try < 4; try++ {
		req, err := p.request(ctx, "/v1/payouts", po)
		if err != nil {
			return err
		}
		req.Header.Set(hdrMerchant, p.merchant)
		req.Header.Set(hdrClientRef, po.Reference)
		if ok(p.hc.Do(req)) {
			return nil
		}
		time.Sleep(time.Duration(1<<try) * time.Second)
	}
	return fmt.Errorf("payout %s not sent", po.Reference)
}

// Look-alike: the whole header set as an http.Header literal, the unique
// id the caller's parameter.
func (p *Payouts) Reverse(ctx context.Context, payoutID, uniqueID string) error {
	for try := 0; try < 3; try++ {
		req, err := p.request(ctx, "/v1/payouts/"+payoutID+"/reversals", nil)
		if err != nil {
			return err
		}
		req.Header = http.Header{
			"Content-Type": {"application/json"},
			hdrUniqueID:    {uniqueID},
		}
		if ok(p.hc.Do(req)) {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("reversal of %s not sent", payoutID)
}

// Look-alike: a request id made once, before the loop, sent on every
// attempt in a header variable.
func (p *Payouts) Instant(ctx context.Context, po Payout) error {
	rid := uuid.NewString()
	for try := 0; try < 3; try++ {
		req, err := p.request(ctx, "/v1/payouts/instant", po)
		if err != nil {
			return err
		}
		h := http.Header{}
		h.Set("Content-Type", "application/json")
		h.Set("X-Request-Id", rid)
		req.Header = h
		if ok(p.hc.Do(req)) {
			return nil
		}
		time.Sleep(time.Second)
	}
	return fmt.Errorf("instant payout %s not sent", rid)
}

// Reported: a new request id per attempt is a tracing id, no key.
func (p *Payouts) SendTraced(ctx context.Context, po Payout) error {
	for try := 0; try < 4; try++ {
		req, err := p.request(ctx, "/v1/payouts", po)
		if err != nil {
			return err
		}
		req.Header.Set("X-Request-Id", uuid.NewString())
		if ok(p.hc.Do(req)) { // want `POST /v1/payouts is retried by a for loop \(line 120\) without an idempotency key`
			return nil
		}
		time.Sleep(time.Duration(1<<try) * time.Second)
	}
	return fmt.Errorf("payout %s not sent", po.Reference)
}

// Reported: the client reference is the client's configuration, the same
// for every payout.
func (p *Payouts) SendConfigured(ctx context.Context, po Payout) error {
	for try := 0; try < 4; try++ {
		req, err := p.request(ctx, "/v1/payouts", po)
		if err != nil {
			return err
		}
		req.Header.Set(hdrClientRef, p.clientRef)
		if ok(p.hc.Do(req)) { // want `POST /v1/payouts is retried by a for loop \(line 137\) without an idempotency key`
			return nil
		}
		time.Sleep(time.Duration(1<<try) * time.Second)
	}
	return fmt.Errorf("payout %s not sent", po.Reference)
}

// Reported: a constant reference names no payout.
func (p *Payouts) SendBatch(ctx context.Context, po Payout) error {
	for try := 0; try < 4; try++ {
		req, err := p.request(ctx, "/v1/payouts", po)
		if err != nil {
			return err
		}
		req.Header.Set("X-Reference", "nightly-batch")
		if ok(p.hc.Do(req)) { // want `POST /v1/payouts is retried by a for loop \(line 153\) without an idempotency key`
			return nil
		}
		time.Sleep(time.Duration(1<<try) * time.Second)
	}
	return fmt.Errorf("payout %s not sent", po.Reference)
}

// Reported: the reference changes with the attempt counter.
func (p *Payouts) SendNumbered(ctx context.Context, po Payout) error {
	for try := 0; try < 4; try++ {
		req, err := p.request(ctx, "/v1/payouts", po)
		if err != nil {
			return err
		}
		req.Header.Set(hdrClientRef, fmt.Sprintf("%s-%d", po.Reference, try))
		if ok(p.hc.Do(req)) { // want `POST /v1/payouts is retried by a for loop \(line 169\) without an idempotency key`
			return nil
		}
		time.Sleep(time.Duration(1<<try) * time.Second)
	}
	return fmt.Errorf("payout %s not sent", po.Reference)
}

type ctxKey struct{}

func traceID(ctx context.Context) string {
	s, _ := ctx.Value(ctxKey{}).(string)
	return s
}

// Reported: the correlation id is the trace of the request being served,
// read from the context, not the payout's reference.
func (p *Payouts) SendCorrelated(ctx context.Context, po Payout) error {
	for try := 0; try < 4; try++ {
		req, err := p.request(ctx, "/v1/payouts", po)
		if err != nil {
			return err
		}
		req.Header.Set("X-Correlation-Id", traceID(ctx))
		if ok(p.hc.Do(req)) { // want `POST /v1/payouts is retried by a for loop \(line 193\) without an idempotency key`
			return nil
		}
		time.Sleep(time.Duration(1<<try) * time.Second)
	}
	return fmt.Errorf("payout %s not sent", po.Reference)
}

// Reported: the payout's reference goes out under a header naming the
// merchant, configuration, not a reference.
func (p *Payouts) SendTenant(ctx context.Context, po Payout) error {
	for try := 0; try < 4; try++ {
		req, err := p.request(ctx, "/v1/payouts", po)
		if err != nil {
			return err
		}
		req.Header.Set(hdrMerchant, po.Reference)
		if ok(p.hc.Do(req)) { // want `POST /v1/payouts is retried by a for loop \(line 210\) without an idempotency key`
			return nil
		}
		time.Sleep(time.Duration(1<<try) * time.Second)
	}
	return fmt.Errorf("payout %s not sent", po.Reference)
}
