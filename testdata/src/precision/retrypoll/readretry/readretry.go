// Package readretry retries a single status read on transport errors and
// 5xx (not a poll: success returns whatever the status), and polls the
// merchant's own database, not the provider.
package readretry

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Payment struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Get retries the read of one payment on 5xx with a short pause.
func Get(ctx context.Context, hc *http.Client, base, id string) (*Payment, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/v1/payments/"+id, nil)
		resp, err := hc.Do(req)
		if err != nil {
			lastErr = err
			time.Sleep(200 * time.Millisecond)
			continue
		}
		if resp.StatusCode >= 500 {
			resp.Body.Close()
			lastErr = fmt.Errorf("status %d", resp.StatusCode)
			time.Sleep(200 * time.Millisecond)
			continue
		}
		var p Payment
		err = json.NewDecoder(resp.Body).Decode(&p)
		resp.Body.Close()
		return &p, err
	}
	return nil, lastErr
}

// GetStripe retries a stripe read with a constant 250ms backoff.
func GetStripe(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	var pi *stripe.PaymentIntent
	err := backoff.Retry(func() error {
		var err error
		pi, err = paymentintent.Get(id, nil)
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode == http.StatusNotFound {
			return backoff.Permanent(err)
		}
		return err
	}, backoff.WithMaxRetries(backoff.NewConstantBackOff(250*time.Millisecond), 3))
	return pi, err
}

type Repo struct {
	DB *sql.DB
}

// PaymentStatus reads the status the webhook handler stored.
func (r *Repo) PaymentStatus(ctx context.Context, id string) (string, error) {
	var st string
	err := r.DB.QueryRowContext(ctx, "SELECT status FROM payments WHERE id = $1", id).Scan(&st)
	return st, err
}

// WaitForWebhook polls our own database until the webhook stored a final
// status: no provider call, so no provider rate limit.
func (r *Repo) WaitForWebhook(ctx context.Context, id string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for {
		st, err := r.PaymentStatus(ctx, id)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return "", err
		}
		if st == "succeeded" || st == "failed" {
			return st, nil
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}
