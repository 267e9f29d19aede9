// Package passes is a parking operator's use case: a paid session pass
// is recorded through a store the service only knows as an interface.
package passes

import "context"

// Payment is one paid pass.
type Payment struct {
	PassID    string
	ProviderR string
	AmountMin int64
	Status    string
}

// Store keeps payments; main binds it.
type Store interface {
	AddPayment(ctx context.Context, p Payment) error
	HasPayment(ctx context.Context, ref string) (bool, error)
}

// Service records passes.
type Service struct {
	Store Store
}

// NewService builds the service over a store.
func NewService(s Store) *Service { return &Service{Store: s} }

// Record hands the payment on to the store.
func (s *Service) Record(ctx context.Context, p Payment) error {
	return s.Store.AddPayment(ctx, p)
}

// RecordOnce asks the store whether the provider's reference was
// recorded before, and records it only if not.
func (s *Service) RecordOnce(ctx context.Context, p Payment) error {
	exists, err := s.Store.HasPayment(ctx, p.ProviderR)
	if err != nil {
		return err
	}
	if exists {
		return nil
	}
	return s.Store.AddPayment(ctx, p)
}
