// Package paygwerr is paygw whose waiter answers an error when its own
// timeout ends the wait: the caller leaves. Otherwise as paygw: a
// collection made with a new reference on every call, and a waiter that
// answers (false, nil) when its own context timeout ends the wait with
// the collection still pending.
package paygwerr

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/google/uuid"

	"w18port/money"
)

// Client talks to the gateway.
type Client struct{ hc *http.Client }

// New returns a Client.
func New() *Client { return &Client{hc: http.DefaultClient} }

// Collection is the gateway's view of a payment.
type Collection = money.Collection

// Collect asks the payer's wallet for the amount.
func (c *Client) Collect(ctx context.Context, phone string, cents int64) (Collection, error) {
	body, _ := json.Marshal(map[string]any{"phone": phone, "amount": cents})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.momo.example/v1/payments", bytes.NewReader(body))
	if err != nil {
		return Collection{}, err
	}
	req.Header.Set("Idempotency-Key", uuid.NewString())
	resp, err := c.hc.Do(req)
	if err != nil {
		return Collection{}, err
	}
	defer resp.Body.Close()
	var out Collection
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out, err
}

func (c *Client) get(ctx context.Context, id string) (Collection, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.momo.example/v1/payments/"+id, nil)
	if err != nil {
		return Collection{}, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return Collection{}, err
	}
	defer resp.Body.Close()
	var out Collection
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out, err
}

// Approved follows one collection for a minute.
func (c *Client) Approved(ctx context.Context, id string) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		col, err := c.get(ctx, id)
		if err != nil {
			return false, err
		}
		switch col.Status {
		case "SUCCESSFUL":
			return true, nil
		case "FAILED", "REJECTED":
			return false, errors.New("collection " + col.Status)
		}
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-t.C:
		}
	}
}
