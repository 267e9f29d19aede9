// Package domain declares the provider's event and the use cases the
// webhook delivery calls; their implementations live elsewhere (wired in
// main), so the delivery package cannot see them.
package domain

import "context"

// Event is the provider's event as the webhook decodes it.
type Event struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		Object struct {
			ID       string `json:"id"`
			Customer string `json:"customer"`
		} `json:"object"`
	} `json:"data"`
}

type PaymentUsecase interface {
	HandlePaymentSucceeded(ctx context.Context, paymentID string) error
	IsPaid(ctx context.Context, paymentID string) (bool, error)
	Record(ctx context.Context, evt Event) error
}

type Mailer interface {
	SendPaymentReceipt(ctx context.Context, customer string) error
}

type Ledger interface {
	Apply(ctx context.Context, paymentID string) error
}
