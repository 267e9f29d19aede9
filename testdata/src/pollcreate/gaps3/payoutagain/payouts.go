// Package payoutagain sends money out through a REST payouts API and
// waits for it. A payout re-sent while the first may still be pending
// pays the recipient twice; a refund or payout of another resource made
// while a payment is polled is not the polled payment created again.
package payoutagain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"pollcreate/gaps2/until"
)

type payout struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type rail struct {
	hc   *http.Client
	base string
}

func (r *rail) call(ctx context.Context, method, path string, in, out any) error {
	var body bytes.Buffer
	if in != nil {
		if err := json.NewEncoder(&body).Encode(in); err != nil {
			return err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, r.base+path, &body)
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", fmt.Sprint(time.Now().UnixNano()))
	resp, err := r.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

func (r *rail) send(ctx context.Context, account string, cents int64) (*payout, error) {
	var p payout
	err := r.call(ctx, http.MethodPost, "/v1/payouts", map[string]any{"destination": account, "amount": cents}, &p)
	return &p, err
}

func (r *rail) payout(ctx context.Context, id string) (*payout, error) {
	var p payout
	err := r.call(ctx, http.MethodGet, "/v1/payouts/"+id, nil, &p)
	return &p, err
}

// resendWhenSlow re-sends the payout it is polling after five minutes:
// the first may still land, and the seller is paid twice.
func (r *rail) resendWhenSlow(ctx context.Context, account string, cents int64) error {
	p, err := r.send(ctx, account, cents)
	if err != nil {
		return err
	}
	started := time.Now()
	for i := 0; i < 100; i++ {
		cur, err := r.payout(ctx, p.ID)
		if err != nil {
			return err
		}
		switch cur.Status {
		case "paid":
			return nil
		case "failed":
			return errors.New("payout failed")
		}
		if time.Since(started) > 5*time.Minute {
			p, err = r.send(ctx, account, cents) // want `new payment created inside the loop that polls payment p.ID`
			if err != nil {
				return err
			}
			started = time.Now()
		}
		time.Sleep(10 * time.Second)
	}
	return errors.New("payout still pending")
}

// resendByID keeps the id in its own variable.
func (r *rail) resendByID(ctx context.Context, account string, cents int64, id string) error {
	for i := 0; i < 100; i++ {
		cur, err := r.payout(ctx, id)
		if err != nil {
			return err
		}
		if cur.Status == "paid" {
			return nil
		}
		if i == 30 {
			np, err := r.send(ctx, account, cents) // want `new payment created inside the loop that polls payment id`
			if err != nil {
				return err
			}
			id = np.ID
		}
		time.Sleep(10 * time.Second)
	}
	return errors.New("payout still pending")
}

// resendAfterFailure sends a new payout only once the first failed: the
// advice.
func (r *rail) resendAfterFailure(ctx context.Context, account string, cents int64) error {
	p, err := r.send(ctx, account, cents)
	if err != nil {
		return err
	}
	for i := 0; i < 100; i++ {
		cur, err := r.payout(ctx, p.ID)
		if err != nil {
			return err
		}
		if cur.Status == "paid" {
			return nil
		}
		if cur.Status == "failed" {
			p, err = r.send(ctx, account, cents)
			if err != nil {
				return err
			}
		}
		time.Sleep(10 * time.Second)
	}
	return errors.New("payout still pending")
}

// payOthers pays the next sellers in the queue while it waits for the
// first payout: other payouts, not the polled one again.
func (r *rail) payOthers(ctx context.Context, id string, queue []string) error {
	for i := 0; i < 100; i++ {
		cur, err := r.payout(ctx, id)
		if err != nil {
			return err
		}
		if cur.Status == "paid" || cur.Status == "failed" {
			return nil
		}
		if len(queue) > 0 {
			if _, err := r.send(ctx, queue[0], 100); err != nil {
				return err
			}
			queue = queue[1:]
		}
		time.Sleep(10 * time.Second)
	}
	return errors.New("payout still pending")
}

type charge struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// refundStuck polls a charge and refunds it when it is stuck: a refund,
// not a second charge.
func (r *rail) refundStuck(ctx context.Context, id string) error {
	for i := 0; i < 100; i++ {
		var c charge
		if err := r.call(ctx, http.MethodGet, "/v1/charges/"+id, nil, &c); err != nil {
			return err
		}
		if c.Status == "succeeded" || c.Status == "failed" {
			return nil
		}
		if i == 90 {
			var rf struct{ ID string }
			return r.call(ctx, http.MethodPost, "/v1/refunds", map[string]string{"charge": id}, &rf)
		}
		time.Sleep(10 * time.Second)
	}
	return errors.New("charge still pending")
}

// sendUntilPaid sends a payout on every attempt and waits for it through
// a helper under a two-minute timeout: when the wait gives up while the
// payout is pending, the next attempt sends another.
func (r *rail) sendUntilPaid(ctx context.Context, account string, cents int64) error {
	for attempt := 0; attempt < 3; attempt++ {
		p, err := r.send(ctx, account, cents) // want `new payment created on every pass of the loop`
		if err != nil {
			return err
		}
		wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		err = until.Done(wctx, 5*time.Second, func(ctx context.Context) (bool, error) {
			cur, err := r.payout(ctx, p.ID)
			if err != nil {
				return false, err
			}
			return cur.Status == "paid", nil
		})
		cancel()
		if err == nil {
			return nil
		}
	}
	return errors.New("payout not confirmed")
}
