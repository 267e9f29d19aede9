package billing

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
)

func retryPolicy(ctx context.Context) backoff.BackOffContext {
	b := backoff.NewExponentialBackOff()
	b.InitialInterval = 2 * time.Second
	return backoff.WithContext(backoff.WithMaxRetries(b, 3), ctx)
}

func permanentUnlessTemporary(err error) error {
	var apiErr *APIError
	if errors.As(err, &apiErr) && !apiErr.Temporary() {
		return backoff.Permanent(err)
	}
	return err
}

// ChargeOrder charges an order, retrying network errors and 5xx with
// exponential backoff. The request carries no idempotency key, so a retry
// after a lost response charges the customer twice.
func (c *Client) ChargeOrder(ctx context.Context, pr PaymentRequest) (*Payment, error) {
	var p Payment
	err := backoff.Retry(func() error {
		body, err := json.Marshal(pr)
		if err != nil {
			return backoff.Permanent(err)
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+"/v1/payments", bytes.NewReader(body))
		if err != nil {
			return backoff.Permanent(err)
		}
		return permanentUnlessTemporary(c.do(req, &p)) // paylint: expect idempotency
	}, retryPolicy(ctx))
	if err != nil {
		return nil, err
	}
	return &p, nil
}

// ChargeOrderSafely charges an order with the same retry policy and one
// idempotency key derived from the order, made once before retrying.
func (c *Client) ChargeOrderSafely(ctx context.Context, pr PaymentRequest) (*Payment, error) {
	key := "order-" + pr.OrderID
	var p *Payment
	err := backoff.Retry(func() error {
		var err error
		p, err = c.CreatePayment(ctx, pr, key)
		return permanentUnlessTemporary(err)
	}, retryPolicy(ctx))
	return p, err
}

// ChargeOrderWithRetryGo retries with retry-go and sets an idempotency key,
// but makes a new one for every attempt, so the provider sees every
// attempt as a new payment.
func (c *Client) ChargeOrderWithRetryGo(ctx context.Context, pr PaymentRequest) (*Payment, error) {
	var p Payment
	err := retry.Do(func() error {
		body, err := json.Marshal(pr)
		if err != nil {
			return retry.Unrecoverable(err)
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+"/v1/payments", bytes.NewReader(body))
		if err != nil {
			return retry.Unrecoverable(err)
		}
		req.Header.Set("Idempotency-Key", uuid.NewString())
		return c.do(req, &p) // paylint: expect idempotency // paylint: expect retrystatus
	}, retry.Attempts(3), retry.Delay(2*time.Second), retry.Context(ctx))
	if err != nil {
		return nil, err
	}
	return &p, nil
}

// ChargeAll charges each order once: a loop over different orders is not a
// retry. Each order gets its own fresh key.
func (c *Client) ChargeAll(ctx context.Context, prs []PaymentRequest) ([]*Payment, error) {
	var out []*Payment
	for _, pr := range prs {
		p, err := c.CreatePayment(ctx, pr, uuid.NewString())
		if err != nil {
			return out, err
		}
		out = append(out, p)
	}
	return out, nil
}

// FetchPayment reads a payment, retrying transient failures: reads are
// safe to repeat.
func (c *Client) FetchPayment(ctx context.Context, id string) (*Payment, error) {
	var p *Payment
	err := backoff.Retry(func() error {
		var err error
		p, err = c.GetPayment(ctx, id)
		return permanentUnlessTemporary(err)
	}, retryPolicy(ctx))
	return p, err
}
