// Package retriedreadgate reads a wallet payment, retrying the read a few
// times while the wallet is overloaded. A loop that returns as soon as
// the read succeeds, whatever the payment's state, is a read retry, not
// a poll, also when its exit condition adds other ways out
// (err == nil || !transient(err) || attempt == 3). A loop whose exit
// needs the payment to be final is a poll.
package retriedreadgate

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

type Payment struct {
	ID    string `json:"id"`
	State string `json:"state"`
}

func (p *Payment) Final() bool {
	switch p.State {
	case "SUCCESS", "FAILED", "CANCELED", "EXPIRED":
		return true
	}
	return false
}

type APIError struct{ Status int }

func (e *APIError) Error() string { return "wallet: HTTP error" }

// transient: 429, 5xx and network errors are worth another try.
func transient(err error) bool {
	var ae *APIError
	if errors.As(err, &ae) {
		return ae.Status == http.StatusTooManyRequests || ae.Status >= 500
	}
	return err != nil
}

type Client struct {
	hc   *http.Client
	base string
}

func (c *Client) Payment(ctx context.Context, id string) (*Payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	res, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, &APIError{Status: res.StatusCode}
	}
	var p Payment
	return &p, json.NewDecoder(res.Body).Decode(&p)
}

// Read returns on the first successful read, on an error not worth
// retrying, or after three attempts: silent.
func Read(ctx context.Context, c *Client, id string) (*Payment, error) {
	wait := time.Second
	for attempt := 1; ; attempt++ {
		p, err := c.Payment(ctx, id)
		if err == nil || !transient(err) || attempt == 3 {
			return p, err
		}
		time.Sleep(wait)
		wait *= 2
	}
}

// ReadCapped: the same with the cap first: silent.
func ReadCapped(ctx context.Context, c *Client, id string) (*Payment, error) {
	for attempt := 1; ; attempt++ {
		p, err := c.Payment(ctx, id)
		if attempt == 4 || err == nil {
			return p, err
		}
		time.Sleep(2 * time.Second)
	}
}

// ReadElse: the else of a test that goes round only on a failed read
// (err != nil && attempt < 3) is taken on every success: silent.
func ReadElse(ctx context.Context, c *Client, id string) (*Payment, error) {
	for attempt := 1; ; attempt++ {
		p, err := c.Payment(ctx, id)
		if err != nil && attempt < 3 {
			time.Sleep(2 * time.Second)
			continue
		} else {
			return p, err
		}
	}
}

// AwaitFinal returns only when the read succeeded and the payment is
// final, and nothing bounds it: a poll, reported.
func AwaitFinal(ctx context.Context, c *Client, id string) *Payment {
	for { // want `loop polling payment id has no bound`
		p, err := c.Payment(ctx, id)
		if err == nil && p.Final() {
			return p
		}
		time.Sleep(3 * time.Second)
	}
}

// AwaitPaid: a disjunction whose other way out is not a success either
// (a final payment, or a give-up on a permanent error): a poll with no
// bound, reported.
func AwaitPaid(ctx context.Context, c *Client, id string) *Payment {
	for { // want `loop polling payment id has no bound`
		p, err := c.Payment(ctx, id)
		if err != nil && !transient(err) || err == nil && p.Final() {
			return p
		}
		time.Sleep(3 * time.Second)
	}
}
