// Package cancellations refunds stays cancelled within the rate's policy.
package cancellations

import "time"

// Stay is a cancelled reservation.
type Stay struct {
	Ref             string
	PaymentIntentID string
	PspReference    string
	PaidMinor       int64
	Currency        string
	Arrival         time.Time
	FreeCancelHours int
}

// refundable returns how much of the stay is refunded under the rate's policy.
func refundable(s Stay, now time.Time) int64 {
	if now.Before(s.Arrival.Add(-time.Duration(s.FreeCancelHours) * time.Hour)) {
		return s.PaidMinor
	}
	return s.PaidMinor / 2 // first night kept
}
