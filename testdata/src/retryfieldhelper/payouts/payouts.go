// Package payouts sends driver payouts to the provider through
// retrykit's Retrier.
package payouts

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/google/uuid"

	"retryfieldhelper/retrykit"
)

// Payout is one driver's payout.
type Payout struct {
	ID       string `json:"reference"`
	Driver   string `json:"recipient"`
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
}

func send(ctx context.Context, c *http.Client, p Payout, key string) error {
	body, _ := json.Marshal(p)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.provider.example/v1/payouts", bytes.NewReader(body))
	if err != nil {
		return err
	}
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 {
		return fmt.Errorf("payout %s: %s", p.ID, resp.Status)
	}
	return nil
}

// PayFreshKey draws a new key on every attempt.
func PayFreshKey(ctx context.Context, c *http.Client, p Payout) error {
	r := retrykit.Retrier{
		Attempts: 4,
		Delay:    2 * time.Second,
		Do: func(ctx context.Context) error {
			return send(ctx, c, p, uuid.NewString()) // want `payouts.send \(POST /v1/payouts\) is retried by retrykit.Retrier.Run \(line \d+\) with an idempotency key made anew on every attempt`
		},
	}
	return r.Run(ctx)
}

// PayKeyed keeps one key for the payout: silent.
func PayKeyed(ctx context.Context, c *http.Client, p Payout) error {
	key := "payout-" + p.ID
	r := retrykit.Retrier{
		Attempts: 4,
		Delay:    2 * time.Second,
		Do: func(ctx context.Context) error {
			return send(ctx, c, p, key)
		},
	}
	return r.Run(ctx)
}

// PayOnce sends once through Once (a fresh key is harmless then): silent.
func PayOnce(ctx context.Context, c *http.Client, p Payout) {
	retrykit.Once{
		Do:  func(ctx context.Context) error { return send(ctx, c, p, uuid.NewString()) },
		Log: func(err error) { log.Printf("payout %s: %v", p.ID, err) },
	}.Run(ctx)
}

// PayThrough replaces the operation before running: what is retried is
// the caller's function, not the literal, silent.
func PayThrough(ctx context.Context, c *http.Client, p Payout, op func(context.Context) error) error {
	r := retrykit.Retrier{
		Attempts: 4,
		Delay:    2 * time.Second,
		Do: func(ctx context.Context) error {
			return send(ctx, c, p, uuid.NewString())
		},
	}
	r.Do = op
	return r.Run(ctx)
}
