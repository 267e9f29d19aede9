// Package orders is the shop's order store.
package orders

import (
	"context"
	"errors"
	"sync"
)

// Status of an order.
type Status string

// Order statuses.
const (
	StatusPending   Status = "pending"
	StatusPaid      Status = "paid"
	StatusFulfilled Status = "fulfilled"
)

// Order is one customer order.
type Order struct {
	ID          string
	Customer    string
	AmountCents int64
	Currency    string
	Status      Status
	PaymentID   string
}

// ErrNotFound is returned for unknown orders.
var ErrNotFound = errors.New("order not found")

// Store keeps orders in memory.
type Store struct {
	mu     sync.Mutex
	orders map[string]*Order
}

// NewStore returns an empty store.
func NewStore() *Store { return &Store{orders: map[string]*Order{}} }

// Put stores an order.
func (s *Store) Put(o *Order) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.orders[o.ID] = o
}

// Get returns a copy of an order.
func (s *Store) Get(id string) (Order, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, ok := s.orders[id]
	if !ok {
		return Order{}, ErrNotFound
	}
	return *o, nil
}

// MarkPaid records that the order's payment succeeded.
func (s *Store) MarkPaid(ctx context.Context, id, paymentID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, ok := s.orders[id]
	if !ok {
		return ErrNotFound
	}
	o.Status = StatusPaid
	o.PaymentID = paymentID
	return nil
}

// Fulfill ships the order: it grants what the customer paid for.
func (s *Store) Fulfill(ctx context.Context, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, ok := s.orders[id]
	if !ok {
		return ErrNotFound
	}
	o.Status = StatusFulfilled
	return nil
}
