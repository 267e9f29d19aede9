// Package sdk reissues a Stripe Checkout Session that an idempotent
// create replayed after the buyer used it: each read is of the session
// just made, nothing waits, and a new one is made only once the previous
// one left "open" (silent); making one while it is still open, or after
// a failed read, or between waits, is a poll that pays twice (reported).
package sdk

import (
	"fmt"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
)

const reissues = 3

// notes is the shop's logger, bound in main.
type notes interface {
	Printf(format string, args ...any)
}

var note notes

// Renewal reissues with the used session's id in the key.
func Renewal(member, plan string) (string, error) {
	base := member + ":" + plan + ":" + time.Now().UTC().Format("20060102")
	params := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	params.SetIdempotencyKey(base)
	cs, err := session.New(params)
	if err != nil {
		return "", err
	}
	for i := 0; i < reissues; i++ {
		cur, err := session.Get(cs.ID, nil)
		if err != nil || cur.Status == stripe.CheckoutSessionStatusOpen {
			break
		}
		params.SetIdempotencyKey(base + ":" + cs.ID)
		cs, err = session.New(params)
		if err != nil {
			return "", err
		}
	}
	return cs.URL, nil
}

// Donation: a switch leaving on open, then a fresh session for a
// complete or expired one.
func Donation(donor string) (string, error) {
	params := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	params.SetIdempotencyKey("donation-" + donor)
	cs, err := session.New(params)
	if err != nil {
		return "", err
	}
	for n := 0; n < 2; n++ {
		live, err := session.Get(cs.ID, nil)
		if err != nil {
			return "", err
		}
		if live.Status == stripe.CheckoutSessionStatusOpen {
			return cs.URL, nil
		}
		note.Printf("session %s is %s: issuing a fresh one", cs.ID, live.Status)
		params.SetIdempotencyKey(fmt.Sprintf("donation-%s-%s", donor, cs.ID))
		if cs, err = session.New(params); err != nil {
			return "", err
		}
	}
	return cs.URL, nil
}

// WhileOpen makes another session while the previous one is still open.
func WhileOpen(member string) (string, error) {
	params := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	cs, err := session.New(params)
	if err != nil {
		return "", err
	}
	for i := 0; i < reissues; i++ {
		cur, err := session.Get(cs.ID, nil)
		if err != nil || cur.Status != stripe.CheckoutSessionStatusOpen {
			break
		}
		params.SetIdempotencyKey(member + ":" + cs.ID)
		cs, err = session.New(params) // want `new payment created inside the loop that polls payment`
		if err != nil {
			return "", err
		}
	}
	return cs.URL, nil
}

// Waiting sleeps between reads: a poll, whose creation after a swallowed
// failed read may race an open session.
func Waiting(member string) (string, error) {
	params := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	cs, err := session.New(params)
	if err != nil {
		return "", err
	}
	for i := 0; i < reissues; i++ {
		time.Sleep(2 * time.Second)
		cur, err := session.Get(cs.ID, nil)
		if err == nil && cur.Status == stripe.CheckoutSessionStatusOpen {
			continue
		}
		cs, err = session.New(params) // want `new payment created inside the loop that polls payment`
		if err != nil {
			return "", err
		}
	}
	return cs.URL, nil
}
