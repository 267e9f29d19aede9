// Package xendit is a stub of github.com/xendit/xendit-go/v6 (signatures
// as in v6.2.0; only the invoice service).
package xendit

import invoice "github.com/xendit/xendit-go/v6/invoice"

// APIClient manages communication with XENDIT API (abridged).
type APIClient struct {
	apiKey string

	InvoiceApi invoice.InvoiceApi
}

func NewClient(apiKey string) *APIClient { panic("stub") }
