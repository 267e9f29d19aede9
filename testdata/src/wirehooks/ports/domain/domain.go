// Package domain declares the wallet top-up port the webhook package
// calls; its implementations live in package topups, which the webhook
// package does not import.
package domain

import "context"

// TopUpEvent is the PSP's top-up notification.
type TopUpEvent struct {
	EventID  string `json:"event_id"`
	WalletID string `json:"wallet_id"`
	Amount   int64  `json:"amount"`
	Status   string `json:"status"`
}

// TopUps applies a top-up notification.
type TopUps interface {
	Settle(ctx context.Context, ev TopUpEvent) error
}
