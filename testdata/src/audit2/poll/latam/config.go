// Package latam holds the Mercado Pago (Brazil) and Midtrans (Indonesia)
// payment flows of a marketplace.
package latam

import "time"

// Config is loaded from env at start-up.
type Config struct {
	MPAccessToken   string
	MPPollInterval  time.Duration
	MidtransKey     string
	MidtransMaxWait time.Duration
}

// checkEvery is how often the VA status is re-checked.
const checkEvery = 750 * time.Millisecond

// vaChecks bounds how long we wait for a bank transfer on the checkout page.
const vaChecks = 40
