// Package terminal is a stub of github.com/square/square-go-sdk/terminal
// (v1.5.0 terminal/checkouts.go, abridged).
package terminal

import squaregosdk "github.com/square/square-go-sdk"

type CreateTerminalCheckoutRequest struct {
	IdempotencyKey string                        `json:"idempotency_key" url:"-"`
	Checkout       *squaregosdk.TerminalCheckout `json:"checkout,omitempty" url:"-"`
}

type GetCheckoutsRequest struct {
	CheckoutID string `json:"-" url:"-"`
}

type CancelCheckoutsRequest struct {
	CheckoutID string `json:"-" url:"-"`
}
