package bankpay

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
)

func (c *Client) retryPolicy(ctx context.Context) backoff.BackOff {
	b := backoff.NewExponentialBackOff(backoff.WithMaxElapsedTime(time.Minute))
	return backoff.WithContext(b, ctx)
}

// Execute finalises an initiation the buyer authorised (the API's
// two-step flow for amounts over the SCA threshold).
func (c *Client) Execute(ctx context.Context, id string) error {
	return backoff.Retry(func() error {
		req, err := c.newRequest(ctx, http.MethodPost, "/v1/payment-initiations/"+id+"/execute", nil)
		if err != nil {
			return backoff.Permanent(err)
		}
		req.Header.Set("Idempotency-Key", "execute-"+id)
		resp, err := c.http.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK { // want "\\[retrystatus\\] .*every non-2xx status is retried"
			return fmt.Errorf("bankpay: execute %s: %s", id, resp.Status)
		}
		return nil
	}, c.retryPolicy(ctx))
}

// Revoke withdraws the buyer's standing consent when they close their
// account. 4xx answers are final.
func (c *Client) Revoke(ctx context.Context, consentID string) error {
	return backoff.Retry(func() error {
		req, err := c.newRequest(ctx, http.MethodDelete, "/v1/consents/"+consentID, nil)
		if err != nil {
			return backoff.Permanent(err)
		}
		resp, err := c.http.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		switch {
		case resp.StatusCode < 300:
			return nil
		case resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests:
			return fmt.Errorf("bankpay: revoke: %s", resp.Status)
		default:
			return backoff.Permanent(&StatusError{Op: "revoke", Code: resp.StatusCode})
		}
	}, c.retryPolicy(ctx))
}
