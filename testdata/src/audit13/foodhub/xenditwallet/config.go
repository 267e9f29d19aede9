package xenditwallet

import "time"

// Tunables for the e-wallet flow.
const (
	// pushTimeout is how long the customer has to approve the push in
	// their OVO or DANA app.
	pushTimeout = 90 * time.Second

	// approvalPollEvery is the pace at which the checkout screen is updated.
	approvalPollEvery = 3 * time.Second

	// statusPollEvery is the pace of the ops status refresher.
	statusPollEvery = 800 * time.Millisecond
)
