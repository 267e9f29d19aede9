// Package payouts: a marketplace paying its sellers through a payout
// service's REST API. Each attempt is a function literal called where it
// is made; what the loop does with its error decides the retry.
package payouts

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"
)

type Payer struct {
	api  string
	http *http.Client
}

var errTryLater = errors.New("payout service busy")

// Mistake: every answer but 201 is an error, and every error goes round.
func (p *Payer) PaySeller(ctx context.Context, payoutID string, body []byte) error {
	tries := 0
	wait := time.Second
	for {
		err := func() error {
			req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.api+"/v2/payouts", bytes.NewReader(body))
			if err != nil {
				return err
			}
			req.Header.Set("Idempotency-Key", payoutID)
			resp, err := p.http.Do(req)
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			if resp.StatusCode != http.StatusCreated { // want `POST /v2/payouts is retried by a for loop \(line 26\): every non-2xx status is retried, including 400/404/422`
				return fmt.Errorf("payout %s: status %d", payoutID, resp.StatusCode)
			}
			return nil
		}()
		if err != nil {
			if tries < 4 {
				tries++
				time.Sleep(wait)
				wait *= 2
				continue
			}
			return err
		}
		break
	}
	return nil
}

// Mistake: the literal in the if's init, success tested on 2xx alone.
func (p *Payer) Refund(ctx context.Context, refundID string, body []byte) error {
	for attempt := 0; attempt < 3; attempt++ {
		if err := func() error {
			req, _ := http.NewRequestWithContext(ctx, http.MethodPost, p.api+"/v2/refunds", bytes.NewReader(body))
			req.Header.Set("Idempotency-Key", refundID)
			resp, err := p.http.Do(req)
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			if resp.StatusCode/100 == 2 { // want `POST /v2/refunds is retried by a for loop \(line 59\): every non-2xx status is retried`
				return nil
			}
			return errTryLater
		}(); err == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return errTryLater
}

// Look-alike: only 5xx and 429 are errors; any other refusal is kept
// aside and ends the loop.
func (p *Payer) PaySellerCarefully(ctx context.Context, payoutID string, body []byte) error {
	var refused error
	for tries := 0; tries < 4; tries++ {
		err := func() error {
			req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.api+"/v2/payouts", bytes.NewReader(body))
			if err != nil {
				return err
			}
			req.Header.Set("Idempotency-Key", payoutID)
			resp, err := p.http.Do(req)
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests {
				return errTryLater
			}
			if resp.StatusCode != http.StatusCreated {
				refused = fmt.Errorf("payout refused: %d", resp.StatusCode)
			}
			return nil
		}()
		if err == nil {
			return refused
		}
		time.Sleep(time.Duration(tries+1) * time.Second)
	}
	return errTryLater
}

// Look-alike: the loop goes round only when the status the literal kept
// says the service was overloaded.
func (p *Payer) PaySellerByCode(ctx context.Context, payoutID string, body []byte) error {
	for tries := 0; ; tries++ {
		code := 0
		err := func() error {
			req, _ := http.NewRequestWithContext(ctx, http.MethodPost, p.api+"/v2/payouts", bytes.NewReader(body))
			req.Header.Set("Idempotency-Key", payoutID)
			resp, err := p.http.Do(req)
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			code = resp.StatusCode
			if code != http.StatusCreated {
				return fmt.Errorf("status %d", code)
			}
			return nil
		}()
		if err != nil && code >= 500 && tries < 3 {
			time.Sleep(2 * time.Second)
			continue
		}
		return err
	}
}

// Look-alike: a refusal is marked permanent and the loop asks for it.
type refusal struct{ code int }

func (r *refusal) Error() string { return fmt.Sprintf("refused: %d", r.code) }

func (p *Payer) PaySellerMarked(ctx context.Context, payoutID string, body []byte) error {
	for tries := 0; tries < 4; tries++ {
		err := func() error {
			req, _ := http.NewRequestWithContext(ctx, http.MethodPost, p.api+"/v2/payouts", bytes.NewReader(body))
			req.Header.Set("Idempotency-Key", payoutID)
			resp, err := p.http.Do(req)
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			if resp.StatusCode != http.StatusCreated {
				return &refusal{code: resp.StatusCode}
			}
			return nil
		}()
		var r *refusal
		if err == nil || errors.As(err, &r) && r.code < 500 {
			return err
		}
		time.Sleep(time.Duration(tries+1) * time.Second)
	}
	return errTryLater
}
