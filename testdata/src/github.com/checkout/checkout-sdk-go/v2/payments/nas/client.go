// Package nas is a stub of
// github.com/checkout/checkout-sdk-go/v2/payments/nas (signatures as in
// v2.4.1; bodies are stubs).
package nas

import (
	"context"

	"github.com/checkout/checkout-sdk-go/v2/common"
	"github.com/checkout/checkout-sdk-go/v2/payments"
)

type (
	PaymentRequest struct {
		Currency  common.Currency `json:"currency,omitempty"`
		Amount    int64           `json:"amount"`
		Reference string          `json:"reference,omitempty"`
	}

	CaptureRequest struct {
		Amount    int64  `json:"amount,omitempty"`
		Reference string `json:"reference,omitempty"`
	}

	PaymentResponse struct {
		Id       string                 `json:"id,omitempty"`
		Approved bool                   `json:"approved,omitempty"`
		Status   payments.PaymentStatus `json:"status,omitempty"`
	}

	GetPaymentResponse struct {
		Id     string                 `json:"id,omitempty"`
		Amount int64                  `json:"amount,omitempty"`
		Status payments.PaymentStatus `json:"status,omitempty"`
	}
)

type Client struct{}

func (c *Client) RequestPayment(request PaymentRequest, idempotencyKey *string) (*PaymentResponse, error) {
	panic("stub")
}

func (c *Client) RequestPaymentWithContext(ctx context.Context, request PaymentRequest, idempotencyKey *string) (*PaymentResponse, error) {
	panic("stub")
}

func (c *Client) GetPaymentDetails(paymentId string) (*GetPaymentResponse, error) { panic("stub") }

func (c *Client) GetPaymentDetailsWithContext(ctx context.Context, paymentId string) (*GetPaymentResponse, error) {
	panic("stub")
}

func (c *Client) CapturePayment(
	paymentId string,
	captureRequest CaptureRequest,
	idempotencyKey *string,
) (*payments.CaptureResponse, error) {
	panic("stub")
}

func (c *Client) CapturePaymentWithContext(
	ctx context.Context,
	paymentId string,
	captureRequest CaptureRequest,
	idempotencyKey *string,
) (*payments.CaptureResponse, error) {
	panic("stub")
}

func (c *Client) RefundPayment(
	paymentId string,
	refundRequest *payments.RefundRequest,
	idempotencyKey *string,
) (*payments.RefundResponse, error) {
	panic("stub")
}

func (c *Client) RefundPaymentWithContext(
	ctx context.Context,
	paymentId string,
	refundRequest *payments.RefundRequest,
	idempotencyKey *string,
) (*payments.RefundResponse, error) {
	panic("stub")
}
