// Package invoice is the billing use case. It knows nothing of HTTP or
// SQL: it stores invoice states through its Repo port and mails through
// its Mailer port, both bound by package main.
package invoice

import (
	"context"
	"fmt"
)

// Invoice states, as the repo stores them.
const (
	StatusOpen   = "open"
	StatusPaid   = "paid"
	StatusFailed = "failed"
)

// Repo stores an invoice's state, whatever it is handed.
type Repo interface {
	Status(ctx context.Context, id string) (string, error)
	SetStatus(ctx context.Context, id, status string) error
	Email(ctx context.Context, id string) (string, error)
}

// Mailer sends the customer a note.
type Mailer interface {
	Send(ctx context.Context, to, subject, body string) error
}

// Service settles invoices when the payment provider reports on them.
type Service struct {
	repo Repo
	mail Mailer
}

// NewService returns the use case over its two ports.
func NewService(repo Repo, mail Mailer) *Service {
	return &Service{repo: repo, mail: mail}
}

// Settle marks the invoice paid and thanks the customer, once: the
// provider delivers its notifications more than once.
func (s *Service) Settle(ctx context.Context, id string) error {
	cur, err := s.repo.Status(ctx, id)
	if err != nil {
		return err
	}
	if cur == StatusPaid {
		return nil
	}
	if err := s.repo.SetStatus(ctx, id, StatusPaid); err != nil {
		return fmt.Errorf("settle %s: %w", id, err)
	}
	return s.thank(ctx, id)
}

// Fail marks the invoice failed.
func (s *Service) Fail(ctx context.Context, id string) error {
	return s.repo.SetStatus(ctx, id, StatusFailed)
}

func (s *Service) thank(ctx context.Context, id string) error {
	to, err := s.repo.Email(ctx, id)
	if err != nil {
		return err
	}
	return s.mail.Send(ctx, to, "Payment received", "Thank you: invoice "+id+" is paid.")
}
