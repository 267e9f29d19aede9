// Package counter takes card payments at a shop counter through
// counterapi, whose waiters answer the last status they read. A pass that
// starts a purchase, waits, and goes round when the waiter answers
// PENDING starts a second purchase while the first can still be approved
// on the terminal. Look-alikes: leaving on PENDING, starting again only
// after a decline, waiting again for the same purchase, and a loop over
// different invoices.
package counter

import (
	"context"
	"errors"
	"log"
	"time"

	"pollcreate/laststatuswaiter/counterapi"
)

var errStillPending = errors.New("counter: purchase still pending on the terminal")

// chargeAgainAfterTimeout switches on the final statuses only: PENDING
// falls through and the pass starts another purchase.
func chargeAgainAfterTimeout(ctx context.Context, c *counterapi.Client, terminal string, cents int64) (string, error) {
	for try := 1; try <= 3; try++ {
		p, err := c.StartPurchase(ctx, terminal, cents) // want `payment counterapi.Client.StartPurchase \(POST /v1/payments\) made again on every pass of the loop \(line 24\) after counterapi.Client.WaitUntil \(line 29\) stops waiting while the payment may still be pending`
		if err != nil {
			return "", err
		}
		status, err := c.WaitUntil(ctx, p.ID, time.Minute)
		if err != nil {
			return "", err
		}
		switch status {
		case "APPROVED":
			return p.ID, nil
		case "DECLINED":
			return "", errors.New("counter: declined")
		}
		log.Printf("purchase %s still %s, trying again", p.ID, status)
	}
	return "", errStillPending
}

// chargeUntilApproved goes round on anything but APPROVED, the last
// status PollReads saw included.
func chargeUntilApproved(ctx context.Context, c *counterapi.Client, terminal string, cents int64) error {
	for attempt := 0; attempt < 2; attempt++ {
		p, err := c.StartPurchase(ctx, terminal, cents) // want `payment counterapi.Client.StartPurchase \(POST /v1/payments\) made again on every pass of the loop \(line 47\) after counterapi.Client.PollReads \(line 52\) stops waiting`
		if err != nil {
			return err
		}
		st, err := c.PollReads(ctx, p.ID, 12)
		if err != nil {
			return err
		}
		if st == "APPROVED" {
			return nil
		}
	}
	return errStillPending
}

// leaveOnPending tells the clerk to check the terminal when the waiter
// answers PENDING; a new purchase only after a decline.
func leaveOnPending(ctx context.Context, c *counterapi.Client, terminal string, cents int64) error {
	for try := 0; try < 2; try++ {
		p, err := c.StartPurchase(ctx, terminal, cents)
		if err != nil {
			return err
		}
		status, err := c.WaitUntil(ctx, p.ID, time.Minute)
		if err != nil {
			return err
		}
		if status == counterapi.StatusPending {
			return errStillPending
		}
		if status == "APPROVED" {
			return nil
		}
	}
	return errors.New("counter: declined twice")
}

// chargeAgainOnDecline starts a second purchase only after the first was
// declined; PENDING leaves.
func chargeAgainOnDecline(ctx context.Context, c *counterapi.Client, terminal string, cents int64) error {
	for try := 0; try < 2; try++ {
		p, err := c.StartPurchase(ctx, terminal, cents)
		if err != nil {
			return err
		}
		status, err := c.PollReads(ctx, p.ID, 12)
		if err != nil {
			return err
		}
		switch status {
		case "APPROVED":
			return nil
		case "DECLINED":
			continue
		}
		return errStillPending
	}
	return errors.New("counter: declined twice")
}

// waitAgain starts one purchase and waits for it again while the waiter
// answers PENDING.
func waitAgain(ctx context.Context, c *counterapi.Client, terminal string, cents int64) error {
	p, err := c.StartPurchase(ctx, terminal, cents)
	if err != nil {
		return err
	}
	for round := 0; round < 5; round++ {
		status, err := c.WaitUntil(ctx, p.ID, time.Minute)
		if err != nil {
			return err
		}
		if status == "APPROVED" {
			return nil
		}
		if status == "DECLINED" {
			return errors.New("counter: declined")
		}
	}
	return errStillPending
}

// Invoice is one invoice paid at the counter.
type Invoice struct {
	Terminal string
	Cents    int64
}

// chargeEach takes one purchase per invoice: a different payment on
// every pass.
func chargeEach(ctx context.Context, c *counterapi.Client, invoices []Invoice) error {
	for _, inv := range invoices {
		p, err := c.StartPurchase(ctx, inv.Terminal, inv.Cents)
		if err != nil {
			return err
		}
		status, err := c.WaitUntil(ctx, p.ID, time.Minute)
		if err != nil {
			return err
		}
		if status != "APPROVED" {
			log.Printf("invoice on %s: %s", inv.Terminal, status)
		}
	}
	return nil
}
