// Package invoice is a stub of github.com/xendit/xendit-go/invoice (v1,
// checked: v1.0.8): the package-level calls use xendit.Opt, a Client
// its own option; neither takes an idempotency key.
package invoice

import (
	"context"

	"github.com/xendit/xendit-go"
)

// CreateParams contains parameters for Create (abridged).
type CreateParams struct {
	ForUserID          string  `json:"-"`
	ExternalID         string  `json:"external_id" validate:"required"`
	Amount             float64 `json:"amount" validate:"required"`
	Description        string  `json:"description,omitempty"`
	PayerEmail         string  `json:"payer_email,omitempty"`
	ShouldSendEmail    *bool   `json:"should_send_email,omitempty"`
	InvoiceDuration    int     `json:"invoice_duration,omitempty"`
	SuccessRedirectURL string  `json:"success_redirect_url,omitempty"`
	Currency           string  `json:"currency,omitempty"`
}

// GetParams contains parameters for Get
type GetParams struct {
	ForUserID string `json:"-"`
	ID        string `json:"id" validate:"required"`
}

// Client is the client used to invoke invoice API.
type Client struct {
	Opt          *xendit.Option
	APIRequester xendit.APIRequester
}

func (c *Client) Create(data *CreateParams) (*xendit.Invoice, *xendit.Error) { panic("stub") }

func (c *Client) CreateWithContext(ctx context.Context, data *CreateParams) (*xendit.Invoice, *xendit.Error) {
	panic("stub")
}

func (c *Client) Get(data *GetParams) (*xendit.Invoice, *xendit.Error) { panic("stub") }

func (c *Client) GetWithContext(ctx context.Context, data *GetParams) (*xendit.Invoice, *xendit.Error) {
	panic("stub")
}

func Create(data *CreateParams) (*xendit.Invoice, *xendit.Error) { panic("stub") }

func CreateWithContext(ctx context.Context, data *CreateParams) (*xendit.Invoice, *xendit.Error) {
	panic("stub")
}

func Get(data *GetParams) (*xendit.Invoice, *xendit.Error) { panic("stub") }

func GetWithContext(ctx context.Context, data *GetParams) (*xendit.Invoice, *xendit.Error) {
	panic("stub")
}
