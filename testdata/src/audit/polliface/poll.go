// Package polliface waits for Hilt payments through a gateway interface,
// so the checkout code can be tested with a fake.
package polliface

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

type Payment struct {
	ID     string `json:"payment_id"`
	Status string `json:"status"`
}

// Gateway is what checkout needs from the PSP.
type Gateway interface {
	GetPayment(ctx context.Context, id string) (*Payment, error)
	CreatePayment(ctx context.Context, orderID string, amount int64) (*Payment, error)
}

type hiltGateway struct {
	hc   *http.Client
	base string
}

func NewGateway(base string) Gateway { return &hiltGateway{hc: http.DefaultClient, base: base} }

func (g *hiltGateway) GetPayment(ctx context.Context, id string) (*Payment, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, g.base+"/v1/payments/"+id, nil)
	resp, err := g.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p Payment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}

func (g *hiltGateway) CreatePayment(ctx context.Context, orderID string, amount int64) (*Payment, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, g.base+"/v1/payments", nil)
	req.Header.Set("Idempotency-Key", "order-"+orderID)
	resp, err := g.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p Payment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}

type Checkout struct{ gw Gateway }

// WaitConfirmed polls every half second and never gives up: there is no
// deadline and FAILED is not an exit.
func (c *Checkout) WaitConfirmed(id string) (*Payment, error) {
	for { // want `\[pollbound\]\ loop\ polling\ payment\ id\ stops\ only\ when\ the\ payment\ succeeds\ \(line\ \d+\)`
		// audit: found pollinterval: polled every 500ms through the Gateway interface
		p, err := c.gw.GetPayment(context.Background(), id)
		// audit: found pollbound: no deadline/attempt cap and no exit on FAILED
		if err == nil && p.Status == "CONFIRMED" {
			return p, nil
		}
		time.Sleep(500 * time.Millisecond) // want `\[pollinterval\]\ payment\ status\ polled\ every\ 500ms:\ the\ provider's\ limit\ is\ one\ poll\ pe`
	}
}

// PayAndWait starts a second payment when the first is slow to confirm.
func (c *Checkout) PayAndWait(ctx context.Context, orderID string, amount int64) (*Payment, error) {
	p, err := c.gw.CreatePayment(ctx, orderID, amount)
	if err != nil {
		return nil, err
	}
	for i := 0; i < 20; i++ {
		time.Sleep(3 * time.Second)
		cur, err := c.gw.GetPayment(ctx, p.ID)
		if err != nil {
			continue
		}
		switch cur.Status {
		case "CONFIRMED":
			return cur, nil
		case "FAILED":
			return nil, errors.New("payment failed")
		}
		if i == 10 {
			// audit: found pollcreate: new payment created while the first is still pending
			p, err = c.gw.CreatePayment(ctx, orderID+"-retry", amount) // want `\[pollcreate\]\ new\ payment\ created\ inside\ the\ loop\ that\ polls\ payment\ p\.ID\ \(line\ \d+\):`
			if err != nil {
				return nil, err
			}
		}
	}
	return nil, fmt.Errorf("payment %s still pending", p.ID)
}

// WaitGood polls every 3s up to a deadline, exits on both terminal
// states: silent.
func (c *Checkout) WaitGood(ctx context.Context, id string) (*Payment, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	t := time.NewTicker(3 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
		p, err := c.gw.GetPayment(ctx, id)
		if err != nil {
			continue
		}
		if p.Status == "CONFIRMED" || p.Status == "FAILED" {
			return p, nil
		}
	}
}

// waitRec is a recursive poll written as a loop: it re-calls itself after
// a 1s sleep for as long as the payment is pending, with no depth cap.
func (c *Checkout) waitRec(ctx context.Context, id string) (*Payment, error) {
	// audit: found pollinterval: recursive poll every 1s
	p, err := c.gw.GetPayment(ctx, id)
	if err != nil {
		return nil, err
	}
	for p.Status == "PENDING_CONFIRMATION" {
		time.Sleep(time.Second)   // want `\[pollinterval\]\ payment\ status\ polled\ every\ 1s:\ the\ provider's\ limit\ is\ one\ poll\ per\ 2`
		return c.waitRec(ctx, id) // audit: missed pollbound (by design silent: the read takes the caller's ctx and an error of it returns, which the model counts as a bound, for loops and recursion alike; see pollbound/gaps2/ctxsame): recursion with no depth cap or deadline
	}
	return p, nil
}
