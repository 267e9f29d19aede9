// Package idem makes idempotency keys; it reaches no payment API itself.
package idem

import "github.com/google/uuid"

// New makes a new key on every call.
func New() string { return "idem_" + uuid.NewString() }

// For derives a stable key from an order.
func For(orderID string) string { return "order-" + orderID }
