// Package billing wraps fulfil: the handler's fulfilment is two packages away.
package billing

import "webhookverify/wrapper/fulfil"

// OnPaid records a paid order and grants it.
func OnPaid(orderID string) error { return fulfil.Grant(orderID) }
