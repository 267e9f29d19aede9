// Package billing wraps fulfil: the handler's fulfilment is two packages away.
package billing

import (
	"webhookverify/wrapper/fulfil"
	"webhookverify/wrapper/sigs"
)

// OnPaid records a paid order and grants it.
func OnPaid(orderID string) error { return fulfil.Grant(orderID) }

// HandleSigned verifies a provider event and grants the order it pays.
func HandleSigned(body []byte, sig, secret string) error {
	if err := sigs.Verify(body, sig, secret); err != nil {
		return err
	}
	return fulfil.Grant(string(body))
}
