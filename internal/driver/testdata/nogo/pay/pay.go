// Package pay wraps a payment write; the analyzers know it as one from a
// fact exported while analysing this package, as nogo passes facts from a
// dependency's compile action to its importers'.
package pay

import (
	"bytes"
	"context"
	"net/http"
	"time"
)

// Charge posts a payment with no idempotency key.
func Charge(ctx context.Context, c *http.Client, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.tally.example/v1/payments", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Status reads a payment's status.
func Status(ctx context.Context, c *http.Client, id string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.tally.example/v1/payments/"+id, nil)
	if err != nil {
		return "", err
	}
	resp, err := c.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	return resp.Header.Get("Payment-Status"), nil
}

// Wait polls every 2.5s until the payment is settled or ctx ends.
func Wait(ctx context.Context, c *http.Client, id string) error {
	for ctx.Err() == nil {
		s, err := Status(ctx, c, id)
		if err == nil && (s == "SUCCEEDED" || s == "FAILED") {
			return nil
		}
		time.Sleep(2500 * time.Millisecond)
	}
	return ctx.Err()
}
