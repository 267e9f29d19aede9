// Package cadence holds the status-poll cadences of the voucher service.
package cadence

import "time"

// Poll cadences, declared away from the loops that use them.
const (
	VoucherEvery  = time.Second
	VoucherWindow = 20 * time.Minute
	RelaxedEvery  = 5 * time.Second
)
