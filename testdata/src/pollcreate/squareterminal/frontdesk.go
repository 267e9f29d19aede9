// Package squareterminal takes card payments on a Square Terminal: a
// terminal checkout is created (the reader charges the card the buyer
// taps) and read back until it is COMPLETED or CANCELED. Sending a second
// checkout while the first is still PENDING or IN_PROGRESS on the reader
// lets the buyer pay twice. Look-alikes: a new checkout only after the
// first was read CANCELED, or after the first was cancelled on the reader; a wait that
// gives up with an error; one checkout per family of a list.
package squareterminal

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"
	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"
	"github.com/square/square-go-sdk/terminal"
)

type desk struct {
	sq      *sqclient.Client
	device  string
	maxWait time.Duration
}

func (d *desk) send(ctx context.Context, ref string, minor int64) (*square.TerminalCheckout, error) {
	resp, err := d.sq.Terminal.Checkouts.Create(ctx, &terminal.CreateTerminalCheckoutRequest{
		IdempotencyKey: uuid.NewString(),
		Checkout: &square.TerminalCheckout{
			AmountMoney:   &square.Money{Amount: square.Int64(minor)},
			ReferenceID:   square.String(ref),
			DeviceOptions: &square.DeviceCheckoutOptions{DeviceID: d.device},
		},
	})
	if err != nil {
		return nil, err
	}
	return resp.Checkout, nil
}

var errTimeout = errors.New("terminal checkout did not finish in time")

// resendWhenSlow replaces the polled checkout with what its read answered
// and sends a new one when the wait runs out.
func (d *desk) resendWhenSlow(ctx context.Context, ref string, minor int64) (*square.TerminalCheckout, error) {
	co, err := d.send(ctx, ref, minor)
	if err != nil {
		return nil, err
	}
	sent := time.Now()
	for i := 0; i < 100; i++ {
		time.Sleep(3 * time.Second)
		got, err := d.sq.Terminal.Checkouts.Get(ctx, &terminal.GetCheckoutsRequest{CheckoutID: *co.ID})
		if err != nil {
			return nil, err
		}
		co = got.Checkout
		if *co.Status == "COMPLETED" {
			return co, nil
		}
		if time.Since(sent) > d.maxWait {
			co, err = d.send(ctx, ref, minor) // want `new payment created inside the loop that polls payment \*co\.ID`
			if err != nil {
				return nil, err
			}
			sent = time.Now()
		}
	}
	return nil, errTimeout
}

// recreateOnDeadline creates the checkout through the SDK again when the
// deadline passes, still IN_PROGRESS on the reader.
func (d *desk) recreateOnDeadline(ctx context.Context, ref string, minor int64) error {
	co, err := d.send(ctx, ref, minor)
	if err != nil {
		return err
	}
	id := *co.ID
	deadline := time.Now().Add(d.maxWait)
	for i := 0; i < 100; i++ {
		got, err := d.sq.Terminal.Checkouts.Get(ctx, &terminal.GetCheckoutsRequest{CheckoutID: id})
		if err != nil {
			return err
		}
		switch *got.Checkout.Status {
		case "COMPLETED":
			return nil
		case "CANCELED":
			return errors.New("cancelled on the reader")
		}
		if time.Now().After(deadline) {
			again, err := d.sq.Terminal.Checkouts.Create(ctx, &terminal.CreateTerminalCheckoutRequest{ // want `new payment created inside the loop that polls payment id`
				IdempotencyKey: uuid.NewString(),
				Checkout:       &square.TerminalCheckout{AmountMoney: &square.Money{Amount: square.Int64(minor)}, DeviceOptions: &square.DeviceCheckoutOptions{DeviceID: d.device}},
			})
			if err != nil {
				return err
			}
			id = *again.Checkout.ID
			deadline = time.Now().Add(d.maxWait)
		}
		time.Sleep(3 * time.Second)
	}
	return errTimeout
}

// offerAgainAfterCancel sends a new checkout only once the reader said
// CANCELED: the first can no longer take the card.
func (d *desk) offerAgainAfterCancel(ctx context.Context, ref string, minor int64) (*square.TerminalCheckout, error) {
	co, err := d.send(ctx, ref, minor)
	if err != nil {
		return nil, err
	}
	offered := 1
	for i := 0; i < 100; i++ {
		time.Sleep(3 * time.Second)
		got, err := d.sq.Terminal.Checkouts.Get(ctx, &terminal.GetCheckoutsRequest{CheckoutID: *co.ID})
		if err != nil {
			return nil, err
		}
		co = got.Checkout
		switch *co.Status {
		case "COMPLETED":
			return co, nil
		case "CANCELED":
			if offered > 1 {
				return co, errors.New("cancelled twice")
			}
			offered++
			co, err = d.send(ctx, ref, minor)
			if err != nil {
				return nil, err
			}
		}
	}
	return nil, errTimeout
}

// cancelThenResend cancels the first checkout on the reader before it
// sends another.
func (d *desk) cancelThenResend(ctx context.Context, ref string, minor int64) (*square.TerminalCheckout, error) {
	co, err := d.send(ctx, ref, minor)
	if err != nil {
		return nil, err
	}
	sent := time.Now()
	for i := 0; i < 100; i++ {
		time.Sleep(3 * time.Second)
		got, err := d.sq.Terminal.Checkouts.Get(ctx, &terminal.GetCheckoutsRequest{CheckoutID: *co.ID})
		if err != nil {
			return nil, err
		}
		co = got.Checkout
		if *co.Status == "COMPLETED" {
			return co, nil
		}
		if time.Since(sent) > d.maxWait {
			if _, err := d.sq.Terminal.Checkouts.Cancel(ctx, &terminal.CancelCheckoutsRequest{CheckoutID: *co.ID}); err != nil {
				return nil, err
			}
			co, err = d.send(ctx, ref, minor)
			if err != nil {
				return nil, err
			}
			sent = time.Now()
		}
	}
	return nil, errTimeout
}

// giveUpWithError leaves the pending checkout to the webhook.
func (d *desk) giveUpWithError(ctx context.Context, ref string, minor int64) (*square.TerminalCheckout, error) {
	co, err := d.send(ctx, ref, minor)
	if err != nil {
		return nil, err
	}
	sent := time.Now()
	for {
		got, err := d.sq.Terminal.Checkouts.Get(ctx, &terminal.GetCheckoutsRequest{CheckoutID: *co.ID})
		if err != nil {
			return nil, err
		}
		co = got.Checkout
		switch *co.Status {
		case "COMPLETED", "CANCELED":
			return co, nil
		}
		if time.Since(sent) > d.maxWait {
			return co, errTimeout
		}
		time.Sleep(3 * time.Second)
	}
}

// onePerFamily takes one checkout per family, each polled to the end.
func (d *desk) onePerFamily(ctx context.Context, families []string, minor int64) error {
	for _, fam := range families {
		co, err := d.send(ctx, fam, minor)
		if err != nil {
			return err
		}
		for i := 0; i < 60; i++ {
			got, err := d.sq.Terminal.Checkouts.Get(ctx, &terminal.GetCheckoutsRequest{CheckoutID: *co.ID})
			if err != nil {
				return err
			}
			if s := *got.Checkout.Status; s == "COMPLETED" || s == "CANCELED" {
				break
			}
			time.Sleep(3 * time.Second)
		}
	}
	return nil
}
