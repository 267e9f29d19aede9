// Package netretry: in-house generic retry helpers of a marketplace's
// payout client that send round only transport failures (a *url.Error
// that timed out, a reset connection, a deadline). The payout API's
// refusals are made into errors with fmt.Errorf and are no transport
// failure, so the helper hands them back at once: silent. A helper that
// sends every error round, or its own API error type too, is reported.
package netretry

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"syscall"
	"time"
)

const payoutsURL = "https://api.payouts.example/v1/payouts"

// onTimeout runs op while it fails with a timed-out request.
func onTimeout[R any](ctx context.Context, max int, op func(context.Context) (R, error)) (R, error) {
	wait := time.Second
	for n := 1; ; n++ {
		r, err := op(ctx)
		if err == nil {
			return r, nil
		}
		var ue *url.Error
		if !errors.As(err, &ue) || !ue.Timeout() || n == max {
			return r, err
		}
		select {
		case <-ctx.Done():
			return r, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// onReset runs op again after a dropped connection or a deadline.
func onReset(op func() error) error {
	var err error
	for i := 0; i < 4; i++ {
		if err = op(); err == nil {
			return nil
		}
		if !errors.Is(err, syscall.ECONNRESET) && !errors.Is(err, context.DeadlineExceeded) {
			return err
		}
		time.Sleep(time.Duration(1<<i) * time.Second)
	}
	return err
}

// everything runs op again whatever it failed with.
func everything(op func() error) error {
	var err error
	for i := 0; i < 4; i++ {
		if err = op(); err == nil {
			return nil
		}
		time.Sleep(time.Duration(1<<i) * time.Second)
	}
	return err
}

// payoutErr is the payout API's own refusal.
type payoutErr struct{ Code int }

func (e *payoutErr) Error() string { return fmt.Sprintf("payouts: %d", e.Code) }

// alsoAPI sends round a timed-out request and the API's own error.
func alsoAPI(op func() error) error {
	var err error
	for i := 0; i < 4; i++ {
		if err = op(); err == nil {
			return nil
		}
		var ue *url.Error
		var pe *payoutErr
		if !errors.As(err, &ue) && !errors.As(err, &pe) {
			return err
		}
		time.Sleep(time.Duration(1<<i) * time.Second)
	}
	return err
}

type Payouts struct{ hc *http.Client }

func (p *Payouts) post(ctx context.Context, body []byte, key string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, payoutsURL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	return p.hc.Do(req)
}

// Look-alike: only a timed-out request goes round; a refusal is
// returned at once.
func (p *Payouts) SendTimeouts(ctx context.Context, body []byte, key string) (string, error) {
	return onTimeout(ctx, 4, func(ctx context.Context) (string, error) {
		resp, err := p.post(ctx, body, key)
		if err != nil {
			return "", err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusCreated {
			return "", fmt.Errorf("payout refused: %d", resp.StatusCode)
		}
		return resp.Header.Get("Location"), nil
	})
}

// Look-alike: only a reset connection or a deadline goes round.
func (p *Payouts) SendResets(ctx context.Context, body []byte, key string) error {
	return onReset(func() error {
		resp, err := p.post(ctx, body, key)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusCreated {
			return &payoutErr{Code: resp.StatusCode}
		}
		return nil
	})
}

// Reported: the helper sends every failure round, refusals included.
func (p *Payouts) SendAll(ctx context.Context, body []byte, key string) error {
	return everything(func() error {
		resp, err := p.post(ctx, body, key)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusCreated { // want `netretry.Payouts.post \(POST /v1/payouts\) is retried by everything \(line 136\): every non-2xx status is retried`
			return fmt.Errorf("payout refused: %d", resp.StatusCode)
		}
		return nil
	})
}

// Reported: the helper's test sends the API's own refusal round too.
func (p *Payouts) SendAlsoAPI(ctx context.Context, body []byte, key string) error {
	return alsoAPI(func() error {
		resp, err := p.post(ctx, body, key)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusCreated { // want `netretry.Payouts.post \(POST /v1/payouts\) is retried by alsoAPI \(line 151\): every non-2xx status is retried`
			return &payoutErr{Code: resp.StatusCode}
		}
		return nil
	})
}
