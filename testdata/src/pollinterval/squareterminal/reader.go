// Package squareterminal reads Square Terminal checkouts back while the
// buyer taps: each read is the status of a payment, so the provider's
// limit applies. Look-alikes: a read every 3 seconds with a deadline; a
// device code (pairing a reader, not a payment) read quickly.
package squareterminal

import (
	"context"
	"errors"
	"time"

	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"
	"github.com/square/square-go-sdk/devices"
	"github.com/square/square-go-sdk/terminal"
)

const screenRefresh = 750 * time.Millisecond

var errTimeout = errors.New("checkout did not finish")

// watch streams each status of a checkout to the staff screen.
func watch(ctx context.Context, sq *sqclient.Client, checkoutID string, each func(string)) (*square.TerminalCheckout, error) {
	for n := 0; n < 400; n++ {
		got, err := sq.Terminal.Checkouts.Get(ctx, &terminal.GetCheckoutsRequest{CheckoutID: checkoutID})
		if err != nil {
			return nil, err
		}
		each(*got.Checkout.Status)
		switch *got.Checkout.Status {
		case "COMPLETED", "CANCELED":
			return got.Checkout, nil
		}
		time.Sleep(screenRefresh) // want `payment status polled every 750ms`
	}
	return nil, errTimeout
}

// follow keeps the checkout the read answered and reads it again.
func follow(ctx context.Context, sq *sqclient.Client, co *square.TerminalCheckout) (*square.TerminalCheckout, error) {
	for n := 0; n < 100; n++ {
		got, err := sq.Terminal.Checkouts.Get(ctx, &terminal.GetCheckoutsRequest{CheckoutID: *co.ID})
		if err != nil {
			return nil, err
		}
		co = got.Checkout
		if s := *co.Status; s == "COMPLETED" || s == "CANCELED" {
			return co, nil
		}
		time.Sleep(time.Second) // want `payment status polled every 1s`
	}
	return nil, errTimeout
}

// calm reads every 3 seconds until a deadline.
func calm(ctx context.Context, sq *sqclient.Client, checkoutID string) (*square.TerminalCheckout, error) {
	deadline := time.Now().Add(5 * time.Minute)
	for time.Now().Before(deadline) {
		got, err := sq.Terminal.Checkouts.Get(ctx, &terminal.GetCheckoutsRequest{CheckoutID: checkoutID})
		if err != nil {
			return nil, err
		}
		if s := *got.Checkout.Status; s == "COMPLETED" || s == "CANCELED" {
			return got.Checkout, nil
		}
		time.Sleep(3 * time.Second)
	}
	return nil, errTimeout
}

// awaitPairing reads a device code until the reader is paired: a device,
// not a payment.
func awaitPairing(ctx context.Context, sq *sqclient.Client, codeID string) (string, error) {
	for n := 0; n < 300; n++ {
		got, err := sq.Devices.Codes.Get(ctx, &devices.GetCodesRequest{ID: codeID})
		if err != nil {
			return "", err
		}
		if *got.DeviceCode.Status == square.DeviceCodeStatusPaired {
			return *got.DeviceCode.DeviceID, nil
		}
		time.Sleep(500 * time.Millisecond)
	}
	return "", errTimeout
}
