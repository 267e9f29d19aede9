// Package held: polls of a manual-capture hold that leave only once the
// hold is ready to capture (requires_capture) or paid: an intent whose
// 3-D Secure failed (requires_payment_method) or that was canceled keeps
// them polling until their bound.
package held

import (
	"context"
	"errors"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var errTimeout = errors.New("hold not ready in time")

// --- flagged ---

// waitHold reads through the client API in a switch under a deadline.
func waitHold(ctx context.Context, sc *stripe.Client, holdID string) (*stripe.PaymentIntent, error) {
	deadline := time.Now().Add(10 * time.Minute)
	for time.Now().Before(deadline) { // want `loop polling payment holdID stops only when the payment succeeds \(line 30\)`
		pi, err := sc.V1PaymentIntents.Retrieve(ctx, holdID, nil)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusRequiresCapture:
			return pi, nil
		}
		time.Sleep(4 * time.Second)
	}
	return nil, errTimeout
}

// readyToCapture leaves on the hold's raw state name after a capped count.
func readyToCapture(id string) (bool, error) {
	for i := 0; i < 40; i++ { // want `loop polling payment id stops only when the payment succeeds \(line 45\)`
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return false, err
		}
		if string(pi.Status) == "requires_capture" || string(pi.Status) == "succeeded" {
			return true, nil
		}
		time.Sleep(3 * time.Second)
	}
	return false, nil
}

// --- silent ---

// waitHoldOrFailed also leaves on the failed states.
func waitHoldOrFailed(ctx context.Context, sc *stripe.Client, holdID string) (*stripe.PaymentIntent, error) {
	deadline := time.Now().Add(10 * time.Minute)
	for time.Now().Before(deadline) {
		pi, err := sc.V1PaymentIntents.Retrieve(ctx, holdID, nil)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusRequiresCapture, stripe.PaymentIntentStatusSucceeded:
			return pi, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return pi, errors.New("hold failed")
		}
		time.Sleep(4 * time.Second)
	}
	return nil, errTimeout
}

// settledOut leaves on any status other than processing: failures too.
func settledOut(id string) (*stripe.PaymentIntent, error) {
	for i := 0; i < 40; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status != stripe.PaymentIntentStatusProcessing {
			return pi, nil
		}
		time.Sleep(3 * time.Second)
	}
	return nil, errTimeout
}

// actionDone leaves once the buyer's action is no longer required,
// whatever follows: requires_action is not a state it waits for.
func actionDone(id string) (*stripe.PaymentIntent, error) {
	for i := 0; i < 40; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status != stripe.PaymentIntentStatusRequiresAction {
			return pi, nil
		}
		time.Sleep(3 * time.Second)
	}
	return nil, errTimeout
}
