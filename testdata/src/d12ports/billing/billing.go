// Package billing is the invoice use case: it reaches its ledger and its
// audit notes only through its own ports, bound by package main.
package billing

import "context"

// Ledger stores invoice states.
type Ledger interface {
	Record(ctx context.Context, reference string) error
}

// Notes keeps an audit trail.
type Notes interface {
	Note(ctx context.Context, msg string)
}

// Service settles invoices.
type Service struct {
	ledger Ledger
	notes  Notes
}

func NewService(l Ledger, n Notes) *Service { return &Service{ledger: l, notes: n} }

// Apply records a settled invoice.
func (s *Service) Apply(ctx context.Context, reference string, cents int64) error {
	if cents <= 0 {
		return nil
	}
	return s.apply(ctx, reference)
}

func (s *Service) apply(ctx context.Context, reference string) error {
	s.notes.Note(ctx, "settling "+reference)
	return s.ledger.Record(ctx, reference)
}
