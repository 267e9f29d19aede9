// Package client is a stub of github.com/mollie/mollie-api-golang, the
// official Mollie Go SDK (signatures as in v1.3.21; bodies are stubs).
package client

import (
	"context"

	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"
)

func String(s string) *string { return &s }

func Pointer[T any](v T) *T { return &v }

type SDKOption func(*Client)

func WithSecurity(security components.Security) SDKOption { panic("stub") }

func WithTestmode(testmode bool) SDKOption { panic("stub") }

type Client struct {
	SDKVersion string
	Payments   *Payments
	Refunds    *Refunds
	Captures   *Captures
}

func New(opts ...SDKOption) *Client { panic("stub") }

type Payments struct{}

func (s *Payments) Create(ctx context.Context, include *string, idempotencyKey *string, paymentRequest *components.PaymentRequest, opts ...operations.Option) (*operations.CreatePaymentResponse, error) {
	panic("stub")
}

func (s *Payments) Get(ctx context.Context, request operations.GetPaymentRequest, opts ...operations.Option) (*operations.GetPaymentResponse, error) {
	panic("stub")
}

type Refunds struct{}

func (s *Refunds) Create(ctx context.Context, paymentID string, idempotencyKey *string, refundRequest *components.RefundRequest, opts ...operations.Option) (*operations.CreateRefundResponse, error) {
	panic("stub")
}

type Captures struct{}

func (s *Captures) Create(ctx context.Context, paymentID string, idempotencyKey *string, entityCapture *components.EntityCapture, opts ...operations.Option) (*operations.CreateCaptureResponse, error) {
	panic("stub")
}
