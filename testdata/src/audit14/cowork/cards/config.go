// Package cards charges desk and meeting-room bookings by card through
// Stripe PaymentIntents.
package cards

import "time"

const (
	// confirmPollEvery is how often AwaitConfirmation re-reads an intent.
	confirmPollEvery = 750 * time.Millisecond
	// confirmPolls bounds AwaitConfirmation to about half a minute.
	confirmPolls = 40

	noShowFeeCents = 1500
)
