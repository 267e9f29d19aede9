// Package domain holds the wallet service's ports.
package domain

import "context"

type PaymentEvent struct {
	ID        string `json:"id"`
	Kind      string `json:"kind"`
	Reference string `json:"reference"`
	WalletID  string `json:"wallet_id"`
	Amount    int64  `json:"amount"`
}

// PaymentService applies provider events to wallets.
type PaymentService interface {
	HandlePaid(ctx context.Context, evt PaymentEvent) error
	HandleRefunded(ctx context.Context, evt PaymentEvent) error
}
