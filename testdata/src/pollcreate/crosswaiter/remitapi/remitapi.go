// Package remitapi is a home-grown client of a remittance provider: it
// creates payouts, reads them back, and offers waiters that poll a payout
// until it is final or their own bound runs out. What each waiter answers
// when it gives up is its summary (WaiterFact), read by callers of other
// packages.
package remitapi

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"
)

// Client talks to the remittance API.
type Client struct {
	HC   *http.Client
	Base string
}

// Payout is a payout as the API answers it.
type Payout struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// ErrStillPending is WaitSettledOrErr's answer at its deadline.
var ErrStillPending = errors.New("remitapi: payout still pending")

func (c *Client) do(req *http.Request, out any) error {
	resp, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

// CreatePayout sends money to a beneficiary.
func (c *Client) CreatePayout(ctx context.Context, beneficiary string, cents int64) (*Payout, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v3/payouts", strings.NewReader(`{"beneficiary":"`+beneficiary+`"}`))
	if err != nil {
		return nil, err
	}
	var out Payout
	return &out, c.do(req, &out)
}

// GetPayout reads a payout back.
func (c *Client) GetPayout(ctx context.Context, id string) (*Payout, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+"/v3/payouts/"+id, nil)
	if err != nil {
		return nil, err
	}
	var out Payout
	return &out, c.do(req, &out)
}

// WaitSettled reads the payout until it is final, at most tries times,
// and answers (false, nil) when it is still pending after the last read.
func (c *Client) WaitSettled(ctx context.Context, id string, tries int) (bool, error) {
	for i := 0; i < tries; i++ {
		p, err := c.GetPayout(ctx, id)
		if err != nil {
			return false, err
		}
		switch p.Status {
		case "settled":
			return true, nil
		case "rejected", "returned":
			return false, errors.New("remitapi: payout " + p.Status)
		}
		time.Sleep(4 * time.Second)
	}
	return false, nil
}

// LastStatus reads the payout up to eight times and answers the last
// status seen, none of the final ones when the reads ran out.
func (c *Client) LastStatus(ctx context.Context, id string) (string, error) {
	status := "queued"
	for i := 0; i < 8; i++ {
		time.Sleep(3 * time.Second)
		p, err := c.GetPayout(ctx, id)
		if err != nil {
			return "", err
		}
		status = p.Status
		if status == "settled" || status == "rejected" || status == "returned" {
			return status, nil
		}
	}
	return status, nil
}

// WaitSettledOrErr answers ErrStillPending when its deadline passes.
func (c *Client) WaitSettledOrErr(ctx context.Context, id string) error {
	deadline := time.Now().Add(5 * time.Minute)
	for time.Now().Before(deadline) {
		p, err := c.GetPayout(ctx, id)
		if err != nil {
			return err
		}
		if p.Status == "settled" {
			return nil
		}
		if p.Status == "rejected" || p.Status == "returned" {
			return errors.New("remitapi: payout " + p.Status)
		}
		time.Sleep(4 * time.Second)
	}
	return ErrStillPending
}

// Render is a statement render job: no money moves.
type Render struct {
	ID    string `json:"id"`
	State string `json:"state"`
}

// SubmitRender starts rendering a statement.
func (c *Client) SubmitRender(ctx context.Context, account string) (*Render, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v3/statement_renders", strings.NewReader(`{"account":"`+account+`"}`))
	if err != nil {
		return nil, err
	}
	var out Render
	return &out, c.do(req, &out)
}

// WaitRendered reads the render job until it is done, at most tries
// times, and answers (false, nil) when it is still rendering.
func (c *Client) WaitRendered(ctx context.Context, id string, tries int) (bool, error) {
	for i := 0; i < tries; i++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+"/v3/statement_renders/"+id, nil)
		if err != nil {
			return false, err
		}
		var r Render
		if err := c.do(req, &r); err != nil {
			return false, err
		}
		if r.State == "done" {
			return true, nil
		}
		time.Sleep(2 * time.Second)
	}
	return false, nil
}
