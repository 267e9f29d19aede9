// Package seats reserves concert seats against a card authorisation,
// captured on the night; its store is bound in main.
package seats

import "context"

// Store keeps the reservations.
type Store interface {
	SetChargeState(ctx context.Context, id, st string) error
}

// Service reserves seats.
type Service struct{ store Store }

// New returns the service.
func New(s Store) *Service { return &Service{store: s} }

// Reserve records the card hold: the seat is the buyer's.
func (s *Service) Reserve(ctx context.Context, id string) error {
	if err := s.store.SetChargeState(ctx, id, "authorized"); err != nil {
		return err
	}
	return nil
}

// Queue records that the card is still being confirmed.
func (s *Service) Queue(ctx context.Context, id string) error {
	return s.store.SetChargeState(ctx, id, "pending")
}
