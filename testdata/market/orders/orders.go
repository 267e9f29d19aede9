// Package orders stores marketplace orders.
package orders

import (
	"context"
	"sync"
)

// Store keeps orders in memory.
type Store struct {
	mu   sync.Mutex
	paid map[string]string
}

// MarkPaid records that an order was paid by a charge.
func (s *Store) MarkPaid(ctx context.Context, orderID, chargeID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.paid == nil {
		s.paid = map[string]string{}
	}
	s.paid[orderID] = chargeID
	return nil
}
