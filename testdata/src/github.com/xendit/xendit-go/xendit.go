// Package xendit is a stub of github.com/xendit/xendit-go (v1, checked:
// v1.0.8): the global option, the error and the invoice and disbursement
// resources (abridged).
package xendit

import "time"

// Opt is the default option every package-level call uses.
var Opt Option = Option{
	XenditURL: "https://api.xendit.co",
}

// Option is the configuration of the API client.
type Option struct {
	SecretKey string
	XenditURL string
}

// APIRequester abstraction of HTTP Client that will make API calls to Xendit backend.
type APIRequester interface{}

// Error is the conventional Xendit error.
type Error struct {
	Status    int    `json:"status,omitempty"`
	ErrorCode string `json:"error_code,omitempty"`
	Message   string `json:"message,omitempty"`
}

func (e *Error) Error() string { panic("stub") }

func (e *Error) GetErrorCode() string { panic("stub") }

func (e *Error) GetStatus() int { panic("stub") }

// Invoice contains data from Xendit's API response of invoice related requests.
type Invoice struct {
	ID         string     `json:"id"`
	InvoiceURL string     `json:"invoice_url"`
	ExternalID string     `json:"external_id"`
	Status     string     `json:"status"`
	Amount     float64    `json:"amount"`
	PayerEmail string     `json:"payer_email,omitempty"`
	ExpiryDate *time.Time `json:"expiry_date"`
}

// Disbursement contains data from Xendit's API response of disbursement related requests.
type Disbursement struct {
	ID                string  `json:"id"`
	ExternalID        string  `json:"external_id"`
	Amount            float64 `json:"amount"`
	BankCode          string  `json:"bank_code"`
	AccountHolderName string  `json:"account_holder_name"`
	Status            string  `json:"status"`
}
