// Package xendit is a stub of github.com/xendit/xendit-go/v7.
package xendit

import (
	invoice "github.com/xendit/xendit-go/v7/invoice"
	paymentrequest "github.com/xendit/xendit-go/v7/payment_request"
	payout "github.com/xendit/xendit-go/v7/payout"
	refund "github.com/xendit/xendit-go/v7/refund"
)

type APIClient struct {
	apiKey string

	InvoiceApi        invoice.InvoiceApi
	PaymentRequestApi paymentrequest.PaymentRequestApi
	RefundApi         refund.RefundApi
	PayoutApi         payout.PayoutApi
}

func NewClient(apiKey string) *APIClient { panic("stub") }
