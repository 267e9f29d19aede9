// Package factorycb hands a poll helper callbacks made by factory
// functions that close over the payment id.
package factorycb

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"pollinterval/gaps2/factorycb/waiter"
)

type client struct {
	hc   *http.Client
	base string
}

func (c *client) status(ctx context.Context, id string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/payments/"+id, nil)
	if err != nil {
		return "", err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var p struct {
		Status string `json:"status"`
	}
	return p.Status, json.NewDecoder(resp.Body).Decode(&p)
}

// settled makes the probe for one payment.
func (c *client) settled(id string) waiter.Probe {
	return func(ctx context.Context) (bool, error) {
		st, err := c.status(ctx, id)
		if err != nil {
			return false, err
		}
		if st == "failed" {
			return false, errors.New("payment failed")
		}
		return st == "succeeded", nil
	}
}

// settledFn is a plain function factory.
func settledFn(c *client, id string) waiter.Probe {
	probe := func(ctx context.Context) (bool, error) {
		st, err := c.status(ctx, id)
		return st == "succeeded" || st == "failed", err
	}
	return probe
}

// eitherProbe returns one of two literals: not followed.
func (c *client) eitherProbe(id string, strict bool) waiter.Probe {
	if strict {
		return func(ctx context.Context) (bool, error) {
			st, err := c.status(ctx, id)
			return st == "succeeded", err
		}
	}
	return func(ctx context.Context) (bool, error) {
		st, err := c.status(ctx, id)
		return st != "pending", err
	}
}

func (c *client) awaitFast(ctx context.Context, paymentID string) error {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	return waiter.Every(ctx, 750*time.Millisecond, c.settled(paymentID)) // want `payment status polled every 750ms`
}

func (c *client) awaitPolite(ctx context.Context, paymentID string) error {
	return waiter.Every(ctx, 3*time.Second, c.settled(paymentID))
}

// settledFn returns a local bound to its literal.
func (c *client) awaitLocal(ctx context.Context, paymentID string) error {
	return waiter.Every(ctx, 500*time.Millisecond, settledFn(c, paymentID)) // want `payment status polled every 500ms`
}

// A probe of another kind of resource, not a payment (silent).
func (c *client) awaitReport(ctx context.Context, reportID string) error {
	return waiter.Every(ctx, 500*time.Millisecond, func(ctx context.Context) (bool, error) {
		resp, err := c.hc.Get(c.base + "/v1/reports/" + reportID)
		if err != nil {
			return false, err
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK, nil
	})
}

func (c *client) awaitEither(ctx context.Context, paymentID string) error {
	return waiter.Every(ctx, 500*time.Millisecond, c.eitherProbe(paymentID, true))
}
