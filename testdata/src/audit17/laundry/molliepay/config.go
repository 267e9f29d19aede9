// Package molliepay takes iDEAL and Bancontact payments for customers in
// the Netherlands and Belgium through Mollie.
package molliepay

import "time"

// Settings of the Mollie integration.
const (
	// pollEvery is how often the app's checkout screen refreshes.
	pollEvery = 750 * time.Millisecond
	// pollFor is how long the screen waits before showing "we'll email you".
	pollFor = 3 * time.Minute
)

// Paths on our site handed to Mollie.
const (
	ReturnPath  = "/betaling/terug"
	WebhookPath = "/hooks/mollie"
)
