// Package payment is a stub of github.com/mercadopago/sdk-go/pkg/payment
// (signatures as in v1.8.0; bodies are stubs).
package payment

import (
	"context"

	"github.com/mercadopago/sdk-go/pkg/config"
)

type Request struct {
	ExternalReference string  `json:"external_reference,omitempty"`
	PaymentMethodID   string  `json:"payment_method_id,omitempty"`
	Token             string  `json:"token,omitempty"`
	TransactionAmount float64 `json:"transaction_amount,omitempty"`
	Installments      int     `json:"installments,omitempty"`

	// Added fields, as in v1.14.0.
	Payer           *PayerRequest  `json:"payer,omitempty"`
	Description     string         `json:"description,omitempty"`
	NotificationURL string         `json:"notification_url,omitempty"`
	Metadata        map[string]any `json:"metadata,omitempty"`
}

// PayerRequest is the payer of a payment (trimmed; as in v1.14.0).
type PayerRequest struct {
	Type  string `json:"type,omitempty"`
	ID    string `json:"id,omitempty"`
	Email string `json:"email,omitempty"`
}

type Response struct {
	Status            string `json:"status"`
	ExternalReference string `json:"external_reference"`
	ID                int    `json:"id"`

	// Added fields, as in v1.14.0.
	StatusDetail      string         `json:"status_detail"`
	TransactionAmount float64        `json:"transaction_amount"`
	Metadata          map[string]any `json:"metadata"`
}

type Client interface {
	Create(ctx context.Context, request Request) (*Response, error)
	Get(ctx context.Context, id int) (*Response, error)
	Cancel(ctx context.Context, id int) (*Response, error)
	Capture(ctx context.Context, id int) (*Response, error)
	CaptureAmount(ctx context.Context, id int, amount float64) (*Response, error)
}

type client struct {
	cfg *config.Config
}

func NewClient(c *config.Config) Client { panic("stub") }

func (c *client) Create(ctx context.Context, request Request) (*Response, error) { panic("stub") }

func (c *client) Get(ctx context.Context, id int) (*Response, error) { panic("stub") }

func (c *client) Cancel(ctx context.Context, id int) (*Response, error) { panic("stub") }

func (c *client) Capture(ctx context.Context, id int) (*Response, error) { panic("stub") }

func (c *client) CaptureAmount(ctx context.Context, id int, amount float64) (*Response, error) {
	panic("stub")
}
