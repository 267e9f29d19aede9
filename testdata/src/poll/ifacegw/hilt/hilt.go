// Package hilt is a Hilt client that checkout code reaches through the
// Gateway interface (so that it can be tested with a fake).
package hilt

import (
	"context"
	"encoding/json"
	"net/http"
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

type client struct {
	hc   *http.Client
	base string
}

// New returns the real gateway.
func New(base string) Gateway { return &client{hc: http.DefaultClient, base: base} }

func (g *client) GetPayment(ctx context.Context, id string) (*Payment, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, g.base+"/v1/payments/"+id, nil)
	resp, err := g.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p Payment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}

func (g *client) CreatePayment(ctx context.Context, orderID string, amount int64) (*Payment, error) {
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

// FakeGateway keeps payments in memory for tests: not an implementation
// the model counts.
type FakeGateway struct{ Payments map[string]*Payment }

func (f *FakeGateway) GetPayment(ctx context.Context, id string) (*Payment, error) {
	return f.Payments[id], nil
}

func (f *FakeGateway) CreatePayment(ctx context.Context, orderID string, amount int64) (*Payment, error) {
	p := &Payment{ID: orderID, Status: "PENDING"}
	f.Payments[orderID] = p
	return p, nil
}
