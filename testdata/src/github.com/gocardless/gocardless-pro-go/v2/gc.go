// Package gocardless is a stub of github.com/gocardless/gocardless-pro-go/v2
// (signatures as in v2.1.1; bodies are stubs).
package gocardless

import (
	"context"
	"net/http"
)

type Service struct {
	Payments PaymentService
	Refunds  RefundService
}

func New(config Config) (*Service, error) { panic("stub") }

type ConfigOption func(Config) error

type Config interface {
	Token() string
	Endpoint() string
	Client() *http.Client
}

func NewConfig(token string, configOpts ...ConfigOption) (Config, error) { panic("stub") }

type RequestOption func(*requestOptions) error

type requestOptions struct {
	idempotencyKey string
	retries        int
	headers        map[string]string
}

func WithIdempotencyKey(key string) RequestOption { panic("stub") }

func WithRetries(n int) RequestOption { panic("stub") }

func WithoutRetries() RequestOption { panic("stub") }

func WithHeaders(headers map[string]string) RequestOption { panic("stub") }

// NewIdempotencyKey returns a new random key (the SDK calls it for every
// write sent without one).
func NewIdempotencyKey() string { panic("stub") }

type Payment struct {
	Amount   int    `url:"amount,omitempty" json:"amount,omitempty"`
	Currency string `url:"currency,omitempty" json:"currency,omitempty"`
	Id       string `url:"id,omitempty" json:"id,omitempty"`
	Status   string `url:"status,omitempty" json:"status,omitempty"`
}

type PaymentCreateParamsLinks struct {
	Mandate string `url:"mandate,omitempty" json:"mandate,omitempty"`
}

type PaymentCreateParams struct {
	Amount    int                      `url:"amount,omitempty" json:"amount,omitempty"`
	Currency  string                   `url:"currency,omitempty" json:"currency,omitempty"`
	Links     PaymentCreateParamsLinks `url:"links,omitempty" json:"links,omitempty"`
	Reference string                   `url:"reference,omitempty" json:"reference,omitempty"`
}

type PaymentCancelParams struct {
	Metadata map[string]interface{} `url:"metadata,omitempty" json:"metadata,omitempty"`
}

type PaymentRetryParams struct {
	ChargeDate string                 `url:"charge_date,omitempty" json:"charge_date,omitempty"`
	Metadata   map[string]interface{} `url:"metadata,omitempty" json:"metadata,omitempty"`
}

type PaymentService interface {
	Create(ctx context.Context, p PaymentCreateParams, opts ...RequestOption) (*Payment, error)
	Get(ctx context.Context, identity string, opts ...RequestOption) (*Payment, error)
	Cancel(ctx context.Context, identity string, p PaymentCancelParams, opts ...RequestOption) (*Payment, error)
	Retry(ctx context.Context, identity string, p PaymentRetryParams, opts ...RequestOption) (*Payment, error)
}

type PaymentServiceImpl struct {
	config Config
}

func (s *PaymentServiceImpl) Create(ctx context.Context, p PaymentCreateParams, opts ...RequestOption) (*Payment, error) {
	panic("stub")
}

func (s *PaymentServiceImpl) Get(ctx context.Context, identity string, opts ...RequestOption) (*Payment, error) {
	panic("stub")
}

func (s *PaymentServiceImpl) Cancel(ctx context.Context, identity string, p PaymentCancelParams, opts ...RequestOption) (*Payment, error) {
	panic("stub")
}

func (s *PaymentServiceImpl) Retry(ctx context.Context, identity string, p PaymentRetryParams, opts ...RequestOption) (*Payment, error) {
	panic("stub")
}

type Refund struct {
	Amount int    `url:"amount,omitempty" json:"amount,omitempty"`
	Id     string `url:"id,omitempty" json:"id,omitempty"`
	Status string `url:"status,omitempty" json:"status,omitempty"`
}

type RefundCreateParamsLinks struct {
	Payment string `url:"payment,omitempty" json:"payment,omitempty"`
}

type RefundCreateParams struct {
	Amount                  int                     `url:"amount,omitempty" json:"amount,omitempty"`
	Links                   RefundCreateParamsLinks `url:"links,omitempty" json:"links,omitempty"`
	TotalAmountConfirmation int                     `url:"total_amount_confirmation,omitempty" json:"total_amount_confirmation,omitempty"`
}

type RefundService interface {
	Create(ctx context.Context, p RefundCreateParams, opts ...RequestOption) (*Refund, error)
	Get(ctx context.Context, identity string, opts ...RequestOption) (*Refund, error)
}
