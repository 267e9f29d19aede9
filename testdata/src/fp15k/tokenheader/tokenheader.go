// Package tokenheader: a client of a wallet API that dedupes payouts on
// a header of its own naming, X-Dedupe-Token. Its request builder stamps
// a new token on every request; a payout that overwrites it, right after
// building each attempt's request, with a token derived from the payout
// itself sends the same token on every attempt (silent). Attempts that
// keep the builder's token, overwrite it with a new one, or set the
// payout's id under another header are retried without a key (reported).
package tokenheader

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
)

type Wallet struct {
	hc   *http.Client
	base string
}

type Payout struct {
	ID     string `json:"-"`
	Wallet string `json:"wallet"`
	Cents  int64  `json:"cents"`
}

// build makes an authenticated request carrying a new dedupe token.
func (w *Wallet) build(ctx context.Context, path string, body any) (*http.Request, error) {
	buf, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.base+path, bytes.NewReader(buf))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Dedupe-Token", uuid.NewString())
	return req, nil
}

// Look-alike: each attempt's token is overwritten with the payout's own.
func (w *Wallet) Pay(ctx context.Context, p Payout) error {
	for try := 0; try < 5; try++ {
		req, err := w.build(ctx, "/v1/payouts", p)
		if err != nil {
			return err
		}
		req.Header.Set("X-Dedupe-Token", "payout-"+p.ID)
		resp, err := w.hc.Do(req)
		if err == nil && resp.StatusCode < 300 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(1<<try) * time.Second)
	}
	return fmt.Errorf("payout %s failed", p.ID)
}

// Look-alike: the token is the caller's id, passed as a parameter.
func (w *Wallet) PayRef(ctx context.Context, ref string, p *Payout) error {
	delay := 2 * time.Second
	for try := 0; try < 4; try++ {
		req, err := w.build(ctx, "/v1/payouts", p)
		if err != nil {
			return err
		}
		req.Header.Set("X-Dedupe-Token", ref)
		if resp, err := w.hc.Do(req); err == nil && resp.StatusCode < 300 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(delay)
		delay *= 2
	}
	return fmt.Errorf("payout %s failed", ref)
}

// Reported: the builder's new token goes out on every attempt.
func (w *Wallet) PayFresh(ctx context.Context, p Payout) error {
	for try := 0; try < 5; try++ {
		req, err := w.build(ctx, "/v1/payouts", p)
		if err != nil {
			return err
		}
		resp, err := w.hc.Do(req) // want `POST /v1/payouts is retried by a for loop \(line 87\) without an idempotency key`
		if err == nil && resp.StatusCode < 300 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(1<<try) * time.Second)
	}
	return fmt.Errorf("payout %s failed", p.ID)
}

// Reported: the token is overwritten, but with a new one per attempt.
func (w *Wallet) PayRetoken(ctx context.Context, p Payout) error {
	for try := 0; try < 5; try++ {
		req, err := w.build(ctx, "/v1/payouts", p)
		if err != nil {
			return err
		}
		req.Header.Set("X-Dedupe-Token", p.ID+"-"+uuid.NewString())
		resp, err := w.hc.Do(req) // want `POST /v1/payouts is retried by a for loop \(line 104\) without an idempotency key`
		if err == nil && resp.StatusCode < 300 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(1<<try) * time.Second)
	}
	return fmt.Errorf("payout %s failed", p.ID)
}

// Reported: the payout's id goes out under another header; the dedupe
// token is still the builder's new one.
func (w *Wallet) PayTagged(ctx context.Context, p Payout) error {
	for try := 0; try < 5; try++ {
		req, err := w.build(ctx, "/v1/payouts", p)
		if err != nil {
			return err
		}
		req.Header.Set("X-Payout-Ref", p.ID)
		resp, err := w.hc.Do(req) // want `POST /v1/payouts is retried by a for loop \(line 123\) without an idempotency key`
		if err == nil && resp.StatusCode < 300 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(1<<try) * time.Second)
	}
	return fmt.Errorf("payout %s failed", p.ID)
}

// Look-alike: a backoff operation overwrites each attempt's token with
// the payout's own.
func (w *Wallet) PayBackoff(ctx context.Context, p Payout) error {
	return backoff.Retry(func() error {
		req, err := w.build(ctx, "/v1/payouts", p)
		if err != nil {
			return backoff.Permanent(err)
		}
		req.Header.Set("X-Dedupe-Token", "payout-"+p.ID)
		resp, err := w.hc.Do(req)
		if err != nil {
			return err
		}
		return resp.Body.Close()
	}, backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4))
}

// Reported: the backoff operation keeps the builder's new token.
func (w *Wallet) PayBackoffFresh(ctx context.Context, p Payout) error {
	return backoff.Retry(func() error {
		req, err := w.build(ctx, "/v1/payouts", p)
		if err != nil {
			return backoff.Permanent(err)
		}
		resp, err := w.hc.Do(req) // want `POST /v1/payouts is retried by backoff.Retry`
		if err != nil {
			return err
		}
		return resp.Body.Close()
	}, backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4))
}
