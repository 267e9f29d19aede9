// Package fakes holds an in-memory payment provider used by tests.
package fakes

import (
	"context"
	"sync"
)

type Payment struct {
	ID     string
	Status string
}

type Provider struct {
	mu       sync.Mutex
	payments map[string]*Payment
	n        int
}

func (p *Provider) CreatePayment(ctx context.Context, amount int64) (*Payment, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	pay := &Payment{ID: "pay_" + string(rune('a'+p.n)), Status: "PENDING"}
	if p.payments == nil {
		p.payments = map[string]*Payment{}
	}
	p.payments[pay.ID] = pay
	return pay, nil
}

func (p *Provider) GetPayment(ctx context.Context, id string) (*Payment, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.payments[id], nil
}

func (p *Provider) Settle(id, status string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.payments[id].Status = status
}
