// Package orderstate names a cart order's states.
package orderstate

// Status is a cart order's state.
type Status string

// States.
const (
	Open      Status = "open"
	Paid      Status = "paid"
	Cancelled Status = "cancelled"
)
