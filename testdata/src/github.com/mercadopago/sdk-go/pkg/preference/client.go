// Package preference is a stub of github.com/mercadopago/sdk-go/pkg/preference
// (Checkout Pro preferences; trimmed, signatures as in v1.14.0; bodies are
// stubs).
package preference

import (
	"context"

	"github.com/mercadopago/sdk-go/pkg/config"
)

type Request struct {
	BackURLs          *BackURLsRequest `json:"back_urls,omitempty"`
	Payer             *PayerRequest    `json:"payer,omitempty"`
	Items             []ItemRequest    `json:"items,omitempty"`
	AutoReturn        string           `json:"auto_return,omitempty"`
	ExternalReference string           `json:"external_reference,omitempty"`
	NotificationURL   string           `json:"notification_url,omitempty"`
	BinaryMode        bool             `json:"binary_mode,omitempty"`
	Metadata          map[string]any   `json:"metadata,omitempty"`
}

type BackURLsRequest struct {
	Success string `json:"success,omitempty"`
	Pending string `json:"pending,omitempty"`
	Failure string `json:"failure,omitempty"`
}

type ItemRequest struct {
	ID          string  `json:"id,omitempty"`
	Title       string  `json:"title,omitempty"`
	Description string  `json:"description,omitempty"`
	CurrencyID  string  `json:"currency_id,omitempty"`
	UnitPrice   float64 `json:"unit_price,omitempty"`
	Quantity    int     `json:"quantity,omitempty"`
}

type PayerRequest struct {
	Name    string `json:"name,omitempty"`
	Surname string `json:"surname,omitempty"`
	Email   string `json:"email,omitempty"`
}

type Response struct {
	ID                string `json:"id"`
	ExternalReference string `json:"external_reference"`
	NotificationURL   string `json:"notification_url"`
	InitPoint         string `json:"init_point"`
	SandboxInitPoint  string `json:"sandbox_init_point"`
}

type Client interface {
	Create(ctx context.Context, request Request) (*Response, error)
	Get(ctx context.Context, id string) (*Response, error)
	Update(ctx context.Context, id string, request Request) (*Response, error)
}

type client struct {
	cfg *config.Config
}

func NewClient(c *config.Config) Client { return &client{cfg: c} }

func (c *client) Create(ctx context.Context, request Request) (*Response, error) { return nil, nil }

func (c *client) Get(ctx context.Context, id string) (*Response, error) { return nil, nil }

func (c *client) Update(ctx context.Context, id string, request Request) (*Response, error) {
	return nil, nil
}
