// Package operations is a stub of
// github.com/mollie/mollie-api-golang/models/operations.
package operations

import "github.com/mollie/mollie-api-golang/models/components"

type Options struct {
	ServerURL *string
}

type Option func(*Options, ...string) error

type CreatePaymentResponse struct {
	HTTPMeta        components.HTTPMetadata `json:"-"`
	PaymentResponse *components.PaymentResponse
}

type GetPaymentRequest struct {
	PaymentID string  `pathParam:"style=simple,explode=false,name=paymentId"`
	Include   *string `queryParam:"style=form,explode=true,name=include"`
}

type GetPaymentResponse struct {
	HTTPMeta        components.HTTPMetadata `json:"-"`
	PaymentResponse *components.PaymentResponse
}

type CreateRefundResponse struct {
	HTTPMeta             components.HTTPMetadata `json:"-"`
	EntityRefundResponse *components.EntityRefundResponse
}

type CreateCaptureResponse struct {
	HTTPMeta        components.HTTPMetadata `json:"-"`
	CaptureResponse *components.CaptureResponse
}
