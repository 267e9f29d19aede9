// Package stategroup: a capped poll that leaves only on the provider's
// success, named without any word of the shared vocabulary (delivered),
// while the provider's own group of states defines cancelled and
// returned: a cancelled payout keeps it polling until the cap.
package stategroup

import (
	"context"
	"errors"
	"time"

	"pollbound/r9/payoutapi"
)

var errNotDelivered = errors.New("payout not delivered in time")

// --- flagged ---

func waitDelivered(ctx context.Context, api *payoutapi.Client, ref string) error {
	for attempt := 0; attempt < 30; attempt++ { // want `loop polling payment ref stops only when the payment succeeds \(line 26\)`
		p, err := api.Check(ctx, ref)
		if err != nil {
			return err
		}
		if p.Status == payoutapi.PayoutDelivered {
			return nil
		}
		time.Sleep(5 * time.Second)
	}
	return errNotDelivered
}

// --- silent ---

// waitFinal leaves on the success and on both failed states.
func waitFinal(ctx context.Context, api *payoutapi.Client, ref string) (string, error) {
	for attempt := 0; attempt < 30; attempt++ {
		p, err := api.Check(ctx, ref)
		if err != nil {
			return "", err
		}
		switch p.Status {
		case payoutapi.PayoutDelivered, payoutapi.PayoutCancelled, payoutapi.PayoutReturned:
			return p.Status, nil
		}
		time.Sleep(5 * time.Second)
	}
	return "", errNotDelivered
}

// waitHandedOver waits for a state of a group with no failed state.
func waitHandedOver(ctx context.Context, api *payoutapi.Client, ref string) error {
	for attempt := 0; attempt < 30; attempt++ {
		p, err := api.Check(ctx, ref)
		if err != nil {
			return err
		}
		if p.Status == payoutapi.LabelHandover {
			return nil
		}
		time.Sleep(5 * time.Second)
	}
	return errNotDelivered
}

// waitAnyChange leaves once the payout is no longer queued: not a
// success-only exit.
func waitAnyChange(ctx context.Context, api *payoutapi.Client, ref string) error {
	for attempt := 0; attempt < 30; attempt++ {
		p, err := api.Check(ctx, ref)
		if err != nil {
			return err
		}
		if p.Status != payoutapi.PayoutQueued {
			return nil
		}
		time.Sleep(5 * time.Second)
	}
	return errNotDelivered
}
