// Package domain holds the invoice types and the ports of the invoice
// callbacks; the implementations are bound by the commands.
package domain

import "context"

// Invoice is the shop's invoice row.
type Invoice struct {
	ID         uint
	ExternalID string
	Amount     int64
	Status     string
}

// InvoiceCallback mirrors Xendit's invoice callback body.
type InvoiceCallback struct {
	ExternalID string `json:"external_id"`
	Status     string `json:"status"`
	PaidAmount int64  `json:"paid_amount"`
}

// InvoiceRepo keeps invoices.
type InvoiceRepo interface {
	ByExternalID(ctx context.Context, externalID string) (*Invoice, error)
	Save(ctx context.Context, inv *Invoice) error
}

// CallbackHandler applies an invoice callback.
type CallbackHandler interface {
	Apply(ctx context.Context, cb *InvoiceCallback) error
}

// StatusSetter is the back office's manual override.
type StatusSetter interface {
	SetStatus(ctx context.Context, externalID, status string) error
}
