// Package xendit is a stub of github.com/xendit/xendit-go/v6 (signatures
// as in v6.2.0 and v6.0.0-20240815053147-7132b34ff21b; only the invoice
// and payout services).
package xendit

import (
	invoice "github.com/xendit/xendit-go/v6/invoice"
	payout "github.com/xendit/xendit-go/v6/payout"
)

// APIClient manages communication with XENDIT API (abridged).
type APIClient struct {
	apiKey string

	InvoiceApi invoice.InvoiceApi
	PayoutApi  payout.PayoutApi
}

func NewClient(apiKey string) *APIClient { panic("stub") }
