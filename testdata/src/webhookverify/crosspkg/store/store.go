// Package store keeps orders; the webhooks of other packages write here.
package store

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
	s.paid[orderID] = chargeID
	return nil
}
