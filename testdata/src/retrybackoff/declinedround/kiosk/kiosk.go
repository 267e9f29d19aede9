// Package kiosk: kiosk e-wallet charges whose loops go round again
// either after a failed call (a retry, which must wait) or only after
// the provider answered that the charge was declined (a new charge after
// a definite answer, with nothing to back off from).
package kiosk

import (
	"context"
	"errors"
	"fmt"
	"time"

	"retrybackoff/declinedround/wallet"
)

// --- flagged ---

// ChargeUntilAnswered goes round after every failure but a decline, at
// once.
func ChargeUntilAnswered(ctx context.Context, w *wallet.Wallet, ref, phone string, amount int64) (string, error) {
	for attempt := 0; attempt < 3; attempt++ {
		id, err := w.Charge(ctx, ref, phone, amount) // want `wallet.Wallet.Charge \(POST /v1/ewallet/charges\) is retried by a for loop \(line 21\) with no wait between attempts`
		if errors.Is(err, wallet.ErrDeclined) {
			return "", err
		}
		if err != nil {
			continue
		}
		return id, nil
	}
	return "", wallet.ErrTimeout
}

// ChargeAgainOnTimeout leaves on every failure but a timeout, which
// goes round at once.
func ChargeAgainOnTimeout(ctx context.Context, w *wallet.Wallet, ref, phone string, amount int64) (string, error) {
	for attempt := 0; attempt < 3; attempt++ {
		id, err := w.Charge(ctx, ref, phone, amount) // want `wallet.Wallet.Charge \(POST /v1/ewallet/charges\) is retried by a for loop \(line 37\) with no wait between attempts`
		if errors.Is(err, wallet.ErrTimeout) {
			continue
		}
		if err != nil {
			return "", err
		}
		return id, nil
	}
	return "", wallet.ErrTimeout
}

// --- silent ---

// PayAtKiosk returns on every failure of the charge and of the wait
// (a charge still pending is left to the callback); it charges a second
// time only after the first was answered and not SUCCEEDED (declined or
// expired).
func PayAtKiosk(ctx context.Context, w *wallet.Wallet, orderID, phone string, amount int64) (bool, error) {
	for round := 0; round < 2; round++ {
		id, err := w.Charge(ctx, fmt.Sprintf("%s-k%d", orderID, round), phone, amount)
		if err != nil {
			return false, err
		}
		st, err := w.AwaitCharge(ctx, id, time.Minute)
		if errors.Is(err, wallet.ErrStillPending) {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		if st == "SUCCEEDED" {
			return true, nil
		}
	}
	return false, nil
}

// PayAtGate: the same, with the pending charge told by its error's type.
func PayAtGate(ctx context.Context, w *wallet.Wallet, orderID, phone string, amount int64) (bool, error) {
	for round := 0; round < 2; round++ {
		id, err := w.Charge(ctx, fmt.Sprintf("%s-g%d", orderID, round), phone, amount)
		if err != nil {
			return false, err
		}
		st, err := w.AwaitTyped(ctx, id)
		var pending *wallet.PendingError
		if errors.As(err, &pending) {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		if st == "SUCCEEDED" {
			return true, nil
		}
	}
	return false, nil
}
