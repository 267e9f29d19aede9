// Package xendit is a stub of github.com/xendit/xendit-go/v7.
package xendit

import (
	paymentrequest "github.com/xendit/xendit-go/v7/payment_request"
	refund "github.com/xendit/xendit-go/v7/refund"
)

type APIClient struct {
	apiKey string

	PaymentRequestApi paymentrequest.PaymentRequestApi
	RefundApi         refund.RefundApi
}

func NewClient(apiKey string) *APIClient { panic("stub") }
