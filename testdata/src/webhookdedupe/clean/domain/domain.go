// Package domain declares the shop's event and the use cases its webhook
// delivery calls (clean architecture: delivery/http → usecase interface →
// repository).
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

// PaymentUsecase is implemented by usecase.PaymentService.
type PaymentUsecase interface {
	HandlePaymentSucceeded(ctx context.Context, paymentID string) error
	ConfirmOrderPaid(ctx context.Context, orderID string) error
	FulfillOrder(ctx context.Context, orderID string) error
}

// Notifier is implemented by usecase.Mailer.
type Notifier interface {
	SendReceipt(ctx context.Context, customer string) error
}

// Auditor is implemented by usecase.Audit.
type Auditor interface {
	Record(ctx context.Context, evt Event) error
}

// Ledger has no implementation the delivery package can see.
type Ledger interface {
	Apply(ctx context.Context, paymentID string) error
}
