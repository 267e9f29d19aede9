// Package hiltpoll follows the Hilt guide's good polling pattern: poll
// quickly just after the payment starts, slow down once it is
// PENDING_CONFIRMATION, stop once it is CONFIRMED or FAILED.
package hiltpoll

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

type Payment struct {
	ID     string `json:"payment_id"`
	Status string `json:"status"`
}

type Client struct {
	HTTP *http.Client
	Base string
}

var ErrStuck = errors.New("payment still pending")

func (c *Client) get(ctx context.Context, id string) (*Payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+"/v1/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p Payment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}

// Switch sleeps briefly while the buyer is still signing and longer once
// the payment is PENDING_CONFIRMATION.
func (c *Client) Switch(ctx context.Context, id string) (*Payment, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Hour)
	defer cancel()
	for {
		p, err := c.get(ctx, id)
		if err != nil {
			return nil, err
		}
		switch p.Status {
		case "CONFIRMED", "FAILED":
			return p, nil
		case "PENDING_CONFIRMATION":
			time.Sleep(10 * time.Second)
		default:
			time.Sleep(time.Second)
		}
		if ctx.Err() != nil {
			return p, ErrStuck
		}
	}
}

// Var picks the wait from the status each round.
func (c *Client) Var(ctx context.Context, id string) (*Payment, error) {
	deadline := time.Now().Add(time.Hour)
	for time.Now().Before(deadline) {
		p, err := c.get(ctx, id)
		if err != nil {
			return nil, err
		}
		if p.Status == "CONFIRMED" || p.Status == "FAILED" {
			return p, nil
		}
		wait := 1 * time.Second
		if p.Status == "PENDING_CONFIRMATION" {
			wait = 15 * time.Second
		}
		time.Sleep(wait)
	}
	return nil, ErrStuck
}

// Phases polls quickly for the first rounds, then slowly.
func (c *Client) Phases(ctx context.Context, id string) (*Payment, error) {
	for i := 0; i < 200; i++ {
		p, err := c.get(ctx, id)
		if err != nil {
			return nil, err
		}
		if p.Status == "CONFIRMED" || p.Status == "FAILED" {
			return p, nil
		}
		if i < 5 {
			time.Sleep(time.Second)
		} else {
			time.Sleep(10 * time.Second)
		}
	}
	return nil, ErrStuck
}
