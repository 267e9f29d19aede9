// Package components is a stub of
// github.com/mollie/mollie-api-golang/models/components.
package components

import "net/http"

type Security struct {
	APIKey *string `security:"scheme,type=http,subtype=bearer,name=Authorization,env=client_api_key"`
}

type HTTPMetadata struct {
	Response *http.Response `json:"-"`
	Request  *http.Request  `json:"-"`
}

type Amount struct {
	Currency string `json:"currency" queryParam:"name=currency"`
	Value    string `json:"value" queryParam:"name=value"`
}

type AmountNullable struct {
	Currency string `json:"currency"`
	Value    string `json:"value"`
}

type PaymentRequest struct {
	Description string  `json:"description"`
	Amount      Amount  `json:"amount"`
	RedirectURL *string `json:"redirectUrl"`
}

type PaymentResponseStatus string

const (
	PaymentResponseStatusOpen     PaymentResponseStatus = "open"
	PaymentResponseStatusPending  PaymentResponseStatus = "pending"
	PaymentResponseStatusPaid     PaymentResponseStatus = "paid"
	PaymentResponseStatusCanceled PaymentResponseStatus = "canceled"
	PaymentResponseStatusExpired  PaymentResponseStatus = "expired"
	PaymentResponseStatusFailed   PaymentResponseStatus = "failed"
)

type PaymentResponse struct {
	ID     string                `json:"id"`
	Amount Amount                `json:"amount"`
	Status PaymentResponseStatus `json:"status"`
}

type RefundRequest struct {
	Description string `json:"description"`
	Amount      Amount `json:"amount"`
}

type EntityRefundResponse struct {
	ID string `json:"id"`
}

type EntityCapture struct {
	Description *string         `json:"description,omitempty"`
	Amount      *AmountNullable `json:"amount,omitempty"`
}

type CaptureResponse struct {
	ID string `json:"id"`
}
