// Package repush waits for the tap on a card reader's checkout (a
// SumUp-like API: POST /v0.1/merchants/{m}/checkouts creates it, GET
// /v0.1/merchants/{m}/checkouts/{id} reads PENDING, PAID or FAILED), all
// through one request function whose method, path and body are
// parameters. A checkout pushed again while the first is still PENDING
// (only a local timer ran out) can be paid as well as the first.
// Look-alikes: a new checkout only after the first failed, and a reader
// woken with a request that moves no money.
package repush

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// Checkout is a charge pushed to a reader.
type Checkout struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Checkout states.
const (
	StatusPending = "PENDING"
	StatusPaid    = "PAID"
	StatusFailed  = "FAILED"
)

// ErrDeclined: the card was declined.
var ErrDeclined = errors.New("declined")

// Reader is a hand-written client of the reader API.
type Reader struct {
	hc       *http.Client
	base     string
	merchant string
	deviceID string
}

func (r *Reader) send(ctx context.Context, method, path string, body []byte, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, r.base+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := r.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("reader api %s %s: %d", method, path, resp.StatusCode)
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// Push creates a checkout on the reader.
func (r *Reader) Push(ctx context.Context, orderID string, amount float64) (*Checkout, error) {
	body, _ := json.Marshal(map[string]any{
		"checkout_reference": orderID, "amount": amount, "currency": "EUR", "reader_id": r.deviceID,
	})
	var co Checkout
	err := r.send(ctx, http.MethodPost, "/v0.1/merchants/"+r.merchant+"/checkouts", body, &co)
	return &co, err
}

// Get reads a checkout.
func (r *Reader) Get(ctx context.Context, id string) (*Checkout, error) {
	var co Checkout
	err := r.send(ctx, http.MethodGet, "/v0.1/merchants/"+r.merchant+"/checkouts/"+id, nil, &co)
	return &co, err
}

// Wake lights the reader's screen again.
func (r *Reader) Wake(ctx context.Context) error {
	return r.send(ctx, http.MethodPost, "/v0.1/merchants/"+r.merchant+"/devices/"+r.deviceID+"/wake", nil, nil)
}

// Charge pushes a new checkout whenever the reader's screen dimmed.
func Charge(ctx context.Context, r *Reader, orderID string, amount float64) (*Checkout, error) {
	co, err := r.Push(ctx, orderID, amount)
	if err != nil {
		return nil, err
	}
	dimAt := time.Now().Add(45 * time.Second)
	for i := 0; i < 90; i++ {
		cur, err := r.Get(ctx, co.ID)
		if err != nil {
			return nil, err
		}
		switch cur.Status {
		case StatusPaid:
			return cur, nil
		case StatusFailed:
			return cur, ErrDeclined
		}
		if time.Now().After(dimAt) {
			co, err = r.Push(ctx, fmt.Sprintf("%s-%d", orderID, i), amount) // want `new payment created inside the loop that polls payment co.ID \(line 93\)`
			if err != nil {
				return nil, err
			}
			dimAt = time.Now().Add(45 * time.Second)
		}
		time.Sleep(2 * time.Second)
	}
	return nil, errors.New("no tap")
}

// ChargeInline sends the checkout through the request function itself
// and pushes it again when the tap takes too long.
func ChargeInline(ctx context.Context, r *Reader, amount float64) error {
	path := "/v0.1/merchants/" + r.merchant + "/checkouts"
	body, _ := json.Marshal(map[string]any{"checkout_reference": "k1", "amount": amount, "currency": "EUR"})
	var co Checkout
	if err := r.send(ctx, http.MethodPost, path, body, &co); err != nil {
		return err
	}
	started := time.Now()
	for {
		var cur Checkout
		if err := r.send(ctx, http.MethodGet, path+"/"+co.ID, nil, &cur); err != nil {
			return err
		}
		if cur.Status != StatusPending {
			return nil
		}
		if time.Since(started) > time.Minute {
			body, _ = json.Marshal(map[string]any{"checkout_reference": fmt.Sprint(time.Now().Unix()), "amount": amount, "currency": "EUR"})
			if err := r.send(ctx, http.MethodPost, path, body, &co); err != nil { // want `new payment created inside the loop that polls payment co.ID \(line 126\)`
				return err
			}
			started = time.Now()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(3 * time.Second):
		}
	}
}

// ChargeAgainAfterDecline pushes a second checkout only after the first
// was read back FAILED.
func ChargeAgainAfterDecline(ctx context.Context, r *Reader, orderID string, amount float64) (*Checkout, error) {
	co, err := r.Push(ctx, orderID, amount)
	if err != nil {
		return nil, err
	}
	for i := 0; i < 60; i++ {
		cur, err := r.Get(ctx, co.ID)
		if err != nil {
			return nil, err
		}
		switch cur.Status {
		case StatusPaid:
			return cur, nil
		case StatusFailed:
			co, err = r.Push(ctx, fmt.Sprintf("%s-retry", orderID), amount)
			if err != nil {
				return nil, err
			}
			continue
		}
		time.Sleep(2 * time.Second)
	}
	return nil, errors.New("no tap")
}

// ChargeAndWake wakes the dimmed reader instead of pushing a new
// checkout.
func ChargeAndWake(ctx context.Context, r *Reader, orderID string, amount float64) (*Checkout, error) {
	co, err := r.Push(ctx, orderID, amount)
	if err != nil {
		return nil, err
	}
	dimAt := time.Now().Add(45 * time.Second)
	for i := 0; i < 90; i++ {
		cur, err := r.Get(ctx, co.ID)
		if err != nil {
			return nil, err
		}
		if cur.Status != StatusPending {
			return cur, nil
		}
		if time.Now().After(dimAt) {
			if err := r.Wake(ctx); err != nil {
				return nil, err
			}
			dimAt = time.Now().Add(45 * time.Second)
		}
		time.Sleep(2 * time.Second)
	}
	return nil, errors.New("no tap")
}
