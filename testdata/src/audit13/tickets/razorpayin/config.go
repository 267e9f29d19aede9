// Package razorpayin takes payments for the Indian market through Razorpay.
package razorpayin

import "time"

const (
	// pollEvery is the pause between two status reads of a payment.
	pollEvery = 750 * time.Millisecond
	// maxPolls bounds one wait for a payment to settle.
	maxPolls = 160
)

// Config holds the Razorpay credentials.
type Config struct {
	KeyID     string
	KeySecret string
}
