// Package charges holds a paid check and nothing else the handler model
// looks for (no handler, no comparison with a success value): its
// summary must still be computed, since the package is modelled and a
// function of it without a fact is no paid check.
package charges

import "github.com/stripe/stripe-go/v82/charge"

// IsPaid reports the charge's paid flag; the error is a failed lookup.
func IsPaid(chargeID string) (bool, error) {
	ch, err := charge.Get(chargeID, nil)
	if err != nil {
		return false, err
	}
	return ch.Paid, nil
}
