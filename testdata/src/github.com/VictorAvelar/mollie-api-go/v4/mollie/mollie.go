// Package mollie is a stub of
// github.com/VictorAvelar/mollie-api-go/v4/mollie (signatures as in
// v4.16.0; bodies are stubs).
package mollie

import (
	"context"
	"net/http"
	"net/url"

	"github.com/VictorAvelar/mollie-api-go/v4/pkg/idempotency"
)

const IdempotencyKeyHeader string = "Idempotency-Key"

type Config struct {
	testing        bool
	auth           string
	reqIdempotency bool
}

func (c *Config) ToggleTesting() bool                   { panic("stub") }
func (c *Config) ToggleIdempotency() bool               { panic("stub") }
func (c *Config) SwitchAuthStrategy(auth string) string { panic("stub") }

func NewConfig(t bool, auth string) *Config    { panic("stub") }
func NewAPITestingConfig(reqIdem bool) *Config { panic("stub") }
func NewAPIConfig(reqIdem bool) *Config        { panic("stub") }
func NewOrgTestingConfig(reqIdem bool) *Config { panic("stub") }
func NewOrgConfig(reqIdem bool) *Config        { panic("stub") }

type service struct {
	client *Client
}

// Client: when its Config enables idempotency, every POST gets a new key
// from the generator (a new UUID by default).
type Client struct {
	BaseURL                *url.URL
	client                 *http.Client
	config                 *Config
	idempotencyKeyProvider idempotency.KeyGenerator
	Payments               *PaymentsService
	Refunds                *RefundsService
	Captures               *CapturesService
}

func NewClient(baseClient *http.Client, conf *Config) (mollie *Client, err error) { panic("stub") }

func (c *Client) SetIdempotencyKeyGenerator(kg idempotency.KeyGenerator) { panic("stub") }

type Response struct {
	*http.Response
	content []byte
}

type Amount struct {
	Currency string `json:"currency,omitempty"`
	Value    string `json:"value,omitempty"`
}

type CreatePayment struct {
	Description string  `json:"description,omitempty"`
	RedirectURL string  `json:"redirectUrl,omitempty"`
	WebhookURL  string  `json:"webhookUrl,omitempty"`
	Amount      *Amount `json:"amount,omitempty"`
}

type Payment struct {
	ID     string `json:"id,omitempty"`
	Status string `json:"status,omitempty"`
}

type PaymentOptions struct{}

type PaymentsService service

func (ps *PaymentsService) Get(ctx context.Context, id string, opts *PaymentOptions) (res *Response, p *Payment, err error) {
	panic("stub")
}

func (ps *PaymentsService) Create(ctx context.Context, p CreatePayment, opts *PaymentOptions) (res *Response, np *Payment, err error) {
	panic("stub")
}

type CreatePaymentRefund struct {
	Amount *Amount `json:"amount,omitempty"`
}

type PaymentRefundOptions struct{}

type Refund struct {
	ID string `json:"id,omitempty"`
}

type RefundsService service

func (rs *RefundsService) CreatePaymentRefund(ctx context.Context, paymentID string, re CreatePaymentRefund, options *PaymentRefundOptions) (res *Response, rf *Refund, err error) {
	panic("stub")
}

type CreateCapture struct {
	Amount *Amount `json:"amount,omitempty"`
}

type Capture struct {
	ID string `json:"id,omitempty"`
}

type CapturesService service

func (cs *CapturesService) Create(ctx context.Context, payment string, capture CreateCapture) (res *Response, c *Capture, err error) {
	panic("stub")
}
