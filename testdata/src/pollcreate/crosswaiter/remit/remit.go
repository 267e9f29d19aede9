// Package remit sends payouts through remitapi and waits for them with
// remitapi's waiters, which live in another package: what a waiter answers
// when it gives up while the payout is still pending comes from its
// summary. Passes that go round on that answer send a second payout while
// the first can still settle. Look-alikes: a waiter answering an error at
// its deadline with a caller leaving on any error, waiting again for the
// same payout, paying again only after a final failure, and a render job
// submitted again after its waiter gives up.
package remit

import (
	"context"
	"errors"
	"log"

	"pollcreate/crosswaiter/remitapi"
)

var errPending = errors.New("remit: payout not settled")

// sendAgainOnFalse goes round when WaitSettled answers (false, nil).
func sendAgainOnFalse(ctx context.Context, c *remitapi.Client, to string, cents int64) error {
	for attempt := 0; attempt < 3; attempt++ {
		p, err := c.CreatePayout(ctx, to, cents) // want `payment remitapi.Client.CreatePayout \(POST /v3/payouts\) made again on every pass of the loop \(line 23\) after remitapi.Client.WaitSettled \(line 28\) stops waiting`
		if err != nil {
			return err
		}
		ok, err := c.WaitSettled(ctx, p.ID, 10)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		return nil
	}
	return errPending
}

// sendAgainOnLastStatus switches on the final statuses only: the last
// status LastStatus saw falls through and the pass sends again.
func sendAgainOnLastStatus(ctx context.Context, c *remitapi.Client, to string, cents int64) error {
	for attempt := 1; attempt <= 2; attempt++ {
		p, err := c.CreatePayout(ctx, to, cents) // want `payment remitapi.Client.CreatePayout \(POST /v3/payouts\) made again on every pass of the loop \(line 43\) after remitapi.Client.LastStatus \(line 48\) stops waiting`
		if err != nil {
			return err
		}
		st, err := c.LastStatus(ctx, p.ID)
		if err != nil {
			return err
		}
		switch st {
		case "settled":
			return nil
		case "rejected", "returned":
			return errors.New("remit: payout " + st)
		}
		log.Printf("payout %s still %s", p.ID, st)
	}
	return errPending
}

// leaveOnErr: the waiter answers ErrStillPending at its deadline and the
// pass leaves on any error.
func leaveOnErr(ctx context.Context, c *remitapi.Client, to string, cents int64) error {
	for attempt := 0; attempt < 3; attempt++ {
		p, err := c.CreatePayout(ctx, to, cents)
		if err != nil {
			return err
		}
		if err := c.WaitSettledOrErr(ctx, p.ID); err != nil {
			return err
		}
		return nil
	}
	return errPending
}

// waitAgain waits again for the same payout after the give-up.
func waitAgain(ctx context.Context, c *remitapi.Client, to string, cents int64) error {
	p, err := c.CreatePayout(ctx, to, cents)
	if err != nil {
		return err
	}
	for round := 0; round < 3; round++ {
		ok, err := c.WaitSettled(ctx, p.ID, 10)
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
	}
	return errPending
}

// againAfterFailure sends a new payout only after the first one was
// rejected or returned; a pending one ends the pass.
func againAfterFailure(ctx context.Context, c *remitapi.Client, to string, cents int64) error {
	for attempt := 0; attempt < 3; attempt++ {
		p, err := c.CreatePayout(ctx, to, cents)
		if err != nil {
			return err
		}
		st, err := c.LastStatus(ctx, p.ID)
		if err != nil {
			return err
		}
		switch st {
		case "settled":
			return nil
		case "rejected", "returned":
			continue
		default:
			return errPending
		}
	}
	return errPending
}

// renderAgain submits a statement render again when its waiter gives up:
// no payment.
func renderAgain(ctx context.Context, c *remitapi.Client, account string) error {
	for attempt := 0; attempt < 3; attempt++ {
		r, err := c.SubmitRender(ctx, account)
		if err != nil {
			return err
		}
		done, err := c.WaitRendered(ctx, r.ID, 20)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
	}
	return errors.New("remit: statement not rendered")
}
