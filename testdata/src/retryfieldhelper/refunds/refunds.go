// Package refunds sends refunds of cancelled trips through retrykit's
// Retrier, each under the refund's own key.
package refunds

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"retryfieldhelper/retrykit"
)

// Refund is one refund of a captured payment.
type Refund struct {
	ID        string `json:"reference"`
	PaymentID string `json:"payment_id"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
}

func send(ctx context.Context, c *http.Client, r Refund) error {
	body, _ := json.Marshal(r)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.provider.example/v1/payments/"+r.PaymentID+"/refunds", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", "refund-"+r.ID)
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 {
		return fmt.Errorf("refund %s: %s", r.ID, resp.Status)
	}
	return nil
}

// RefundFast retries every 100ms.
func RefundFast(ctx context.Context, c *http.Client, r Refund) error {
	return retrykit.Retrier{
		Attempts: 4,
		Delay:    100 * time.Millisecond,
		Do: func(ctx context.Context) error {
			return send(ctx, c, r) // want `refunds.send \(POST /v1/payments/\{\}/refunds\) is retried by retrykit.Retrier.Run \(line \d+\) every 100ms, a fixed wait that does not grow`
		},
	}.Run(ctx)
}

// RefundNoDelay leaves the delay out: the retrier sends again at once.
func RefundNoDelay(ctx context.Context, c *http.Client, r Refund) error {
	rt := &retrykit.Retrier{
		Attempts: 4,
		Do: func(ctx context.Context) error {
			return send(ctx, c, r) // want `is retried by retrykit.Retrier.Run \(line \d+\) with no wait between attempts`
		},
	}
	return rt.Run(ctx)
}

// RefundPatient waits 2s between attempts: silent.
func RefundPatient(ctx context.Context, c *http.Client, r Refund) error {
	rt := retrykit.Retrier{
		Attempts: 4,
		Delay:    2 * time.Second,
		Do:       func(ctx context.Context) error { return send(ctx, c, r) },
	}
	return rt.Run(ctx)
}

// RefundConfigured takes the delay from configuration: unknown, silent.
func RefundConfigured(ctx context.Context, c *http.Client, r Refund, delay time.Duration) error {
	rt := retrykit.Retrier{
		Attempts: 4,
		Delay:    delay,
		Do:       func(ctx context.Context) error { return send(ctx, c, r) },
	}
	return rt.Run(ctx)
}

// RefundSlowedDown sets a longer delay after the literal: what Run waits
// is not the literal's value, silent.
func RefundSlowedDown(ctx context.Context, c *http.Client, r Refund) error {
	rt := retrykit.Retrier{
		Attempts: 4,
		Delay:    100 * time.Millisecond,
		Do:       func(ctx context.Context) error { return send(ctx, c, r) },
	}
	rt.Delay = 3 * time.Second
	return rt.Run(ctx)
}
