// Package gw is a Hilt client behind the Gateway interface, with a mock
// beside it for tests.
package gw

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

type hilt struct {
	hc   *http.Client
	base string
}

func New(base string) Gateway { return &hilt{hc: http.DefaultClient, base: base} }

func (g *hilt) GetPayment(ctx context.Context, id string) (*Payment, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, g.base+"/v1/payments/"+id, nil)
	resp, err := g.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p Payment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}

func (g *hilt) CreatePayment(ctx context.Context, orderID string, amount int64) (*Payment, error) {
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

// MockGateway answers from memory: a test double, not an implementation.
type MockGateway struct{ Payments map[string]*Payment }

func (m *MockGateway) GetPayment(ctx context.Context, id string) (*Payment, error) {
	return m.Payments[id], nil
}

func (m *MockGateway) CreatePayment(ctx context.Context, orderID string, amount int64) (*Payment, error) {
	p := &Payment{ID: orderID, Status: "PENDING"}
	m.Payments[orderID] = p
	return p, nil
}
