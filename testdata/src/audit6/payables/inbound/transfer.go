// Package inbound matches incoming bank transfers (customers paying their
// payables wallet by wire or push-ACH with a virtual account reference) to
// wallet funding requests and open invoices.
package inbound

import "context"

// Transfer is an incoming credit reported by the bank.
type Transfer struct {
	EventID    string
	TransferID string
	Amount     int64
	Currency   string
	Reference  string // remittance info the payer typed
	AccountID  string // virtual account it landed on
}

// Matcher applies a transfer to what it pays for.
type Matcher interface {
	ApplyTransfer(ctx context.Context, t Transfer) error
	ApplyReturn(ctx context.Context, eventID, transferID string) error
}
