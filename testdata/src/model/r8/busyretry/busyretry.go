// Package busyretry: payment calls retried at once, whose requests are
// built with the SDK's value helpers (square.Int64, braintree.NewDecimal)
// inside the call's own arguments, and the loops that may wait.
package busyretry

import (
	"context"
	"errors"

	"github.com/braintree-go/braintree-go"
	square "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/client"

	"model/r8/busyretry/vendor"
)

// chargeCard retries a Square payment at once.
func chargeCard(ctx context.Context, sq *client.Client, source, key, order string, cents int64) (*square.CreatePaymentResponse, error) {
	err := errors.New("not tried")
	for try := 1; try <= 4; try++ {
		res, e := sq.Payments.Create(ctx, &square.CreatePaymentRequest{ // want `is retried by a for loop \(line 20\) with no wait between attempts`
			SourceID:       source,
			IdempotencyKey: key,
			AmountMoney:    &square.Money{Amount: square.Int64(cents)},
			OrderID:        square.String(order),
		})
		if e == nil {
			return res, nil
		}
		err = e
	}
	return nil, err
}

// settle retries a Braintree settlement at once; the amount is built in
// the call's arguments.
func settle(ctx context.Context, bt *braintree.Braintree, id string, cents int64) error {
	var last error
	for n := 0; n < 5; n++ {
		amount := braintree.NewDecimal(cents, 2)
		if _, err := bt.Transaction().SubmitForSettlement(ctx, id, amount); err != nil { // want `is retried by a for loop \(line 39\) with no wait between attempts`
			last = err
			continue
		}
		return nil
	}
	return last
}

// --- silent: something in the loop may wait ---

func settleThrottled(ctx context.Context, bt *braintree.Braintree, th *vendor.Throttle, id string, cents int64) error {
	var last error
	for n := 0; n < 5; n++ {
		if err := th.Wait(ctx); err != nil {
			return err
		}
		if _, err := bt.Transaction().SubmitForSettlement(ctx, id, braintree.NewDecimal(cents, 2)); err != nil {
			last = err
			continue
		}
		return nil
	}
	return last
}

func settleAudited(ctx context.Context, bt *braintree.Braintree, id string, cents int64) error {
	var last error
	for n := 0; n < 5; n++ {
		_ = vendor.Record(ctx, "settle "+id)
		if _, err := bt.Transaction().SubmitForSettlement(ctx, id, braintree.NewDecimal(cents, 2)); err != nil {
			last = err
			continue
		}
		return nil
	}
	return last
}

func settleReconnect(ctx context.Context, bt *braintree.Braintree, id string, cents int64) error {
	var last error
	for n := 0; n < 5; n++ {
		c := vendor.NewClient(id)
		_ = c
		if _, err := bt.Transaction().SubmitForSettlement(ctx, id, braintree.NewDecimal(cents, 2)); err != nil {
			last = err
			continue
		}
		return nil
	}
	return last
}
