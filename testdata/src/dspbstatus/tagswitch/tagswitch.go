// Package tagswitch: tag switches on the status of a payout POST. One
// whose default (every other status) waits and goes round retries 4xx;
// ones that go round only on 408, 429 and 5xx, returning on the rest,
// stay silent, whether the wait is a sleep or a select on the context and
// a timer.
package tagswitch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"
)

type Payouts struct {
	url string
	hc  *http.Client
}

func (p *Payouts) post(ctx context.Context, body []byte, key string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url+"/v1/payouts", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	return p.hc.Do(req)
}

// SendAll: the default case goes round with 400, 403, 422.
func (p *Payouts) SendAll(ctx context.Context, body []byte, key string) error {
	for i := 0; i < 5; i++ {
		resp, err := p.post(ctx, body, key)
		if err != nil {
			time.Sleep(time.Second)
			continue
		}
		resp.Body.Close()
		switch resp.StatusCode {
		case http.StatusOK, http.StatusCreated:
			return nil
		default: // want `tagswitch.Payouts.post \(POST /v1/payouts\) is retried by a for loop \(line 33\): every non-2xx status is retried`
			time.Sleep(time.Second)
		}
	}
	return errors.New("payout: gave up")
}

// SendTransient (silent): only 408, 429 and 5xx wait and go round.
func (p *Payouts) SendTransient(ctx context.Context, body []byte, key string) error {
	for i := 0; i < 5; i++ {
		resp, err := p.post(ctx, body, key)
		if err != nil {
			time.Sleep(time.Second)
			continue
		}
		resp.Body.Close()
		switch resp.StatusCode {
		case http.StatusOK, http.StatusCreated:
			return nil
		case http.StatusRequestTimeout, http.StatusTooManyRequests, http.StatusInternalServerError, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
			time.Sleep(time.Second)
		default:
			return fmt.Errorf("payout rejected: %d", resp.StatusCode)
		}
	}
	return errors.New("payout: gave up")
}

// SendTransientSelect (silent): the same, the wait a select on the
// context and a timer.
func (p *Payouts) SendTransientSelect(ctx context.Context, body []byte, key string) error {
	wait := time.Second
	for i := 0; i < 5; i++ {
		resp, err := p.post(ctx, body, key)
		if err == nil {
			resp.Body.Close()
			switch resp.StatusCode {
			case http.StatusOK, http.StatusCreated:
				return nil
			case http.StatusRequestTimeout, http.StatusTooManyRequests, http.StatusInternalServerError, http.StatusBadGateway, http.StatusServiceUnavailable:
			default:
				return fmt.Errorf("payout rejected: %d", resp.StatusCode)
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return errors.New("payout: gave up")
}
