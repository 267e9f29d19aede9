// Package counters: a variable declared outside the operation handed to a
// retry library and incremented by one at the top of it counts the
// attempts, as a for loop's counter does: a key built from it is new on
// every attempt. Silent: a counter declared inside the operation, the
// index of an outer loop over several payouts (the same for all the
// attempts of one payout), and a counter that the key does not use.
package counters

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strconv"

	"github.com/cenkalti/backoff/v4"
)

type Payouts struct {
	base string
	hc   *http.Client
}

func (p *Payouts) post(ctx context.Context, path, key string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.base+path, bytes.NewReader(body))
	if err != nil {
		return backoff.Permanent(err)
	}
	req.Header.Set("Idempotency-Key", key)
	resp, err := p.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 {
		return fmt.Errorf("payout: %s", resp.Status)
	}
	return nil
}

// Send: tries += 1 on every call of the operation, the key carries it.
func (p *Payouts) Send(ctx context.Context, payoutID string, body []byte) error {
	tries := 0
	return backoff.Retry(func() error {
		tries += 1
		key := payoutID + "/" + strconv.Itoa(tries)
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.base+"/v2/payouts", bytes.NewReader(body))
		if err != nil {
			return backoff.Permanent(err)
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := p.hc.Do(req) // want `POST /v2/payouts is retried by backoff.Retry \(line 44\) with an idempotency key made from the attempt counter tries`
		if err != nil {
			return err
		}
		resp.Body.Close()
		return nil
	}, backoff.WithContext(backoff.NewExponentialBackOff(), ctx))
}

// SendLocal (silent): the counter starts again on every call: the key is
// payoutID/1 on every attempt.
func (p *Payouts) SendLocal(ctx context.Context, payoutID string, body []byte) error {
	return backoff.Retry(func() error {
		n := 0
		n++
		return p.post(ctx, "/v2/payouts", payoutID+"/"+strconv.Itoa(n), body)
	}, backoff.NewExponentialBackOff())
}

// SendBatch (silent): i counts payouts, not attempts: each payout's
// attempts share its key.
func (p *Payouts) SendBatch(ctx context.Context, batch string, bodies [][]byte) error {
	for i := 0; i < len(bodies); i++ {
		if err := backoff.Retry(func() error {
			return p.post(ctx, "/v2/payouts", fmt.Sprintf("%s-%d", batch, i), bodies[i])
		}, backoff.NewExponentialBackOff()); err != nil {
			return err
		}
	}
	return nil
}

// SendCounted (silent): the attempts are counted for a log, the key is
// the payout's id.
func (p *Payouts) SendCounted(ctx context.Context, payoutID string, body []byte) (int, error) {
	attempts := 0
	err := backoff.Retry(func() error {
		attempts++
		return p.post(ctx, "/v2/payouts", "po-"+payoutID, body)
	}, backoff.NewExponentialBackOff())
	return attempts, err
}
