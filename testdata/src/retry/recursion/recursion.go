// Package recursion tests the retry model on recursive retries.
package recursion

import "errors"

type Order struct{ ID string }

func send(o Order) error { return nil }

func chargeWithRetry(o Order, attempt int) error {
	err := send(o) // want `send: recursion in chargeWithRetry \(line 10\)`
	if err != nil {
		if attempt < 3 {
			return chargeWithRetry(o, attempt+1)
		}
		return err
	}
	return nil
}

func afterSuccessExit(o Order, left int) error {
	if err := send(o); err == nil { // want `send: recursion in afterSuccessExit \(line 21\)`
		return nil
	}
	if left == 0 {
		return errors.New("gave up")
	}
	return afterSuccessExit(o, left-1)
}

// Not retries: a walk over different items; a self-call not guarded by
// the outcome.
func chargeAll(orders []Order) error {
	if len(orders) == 0 {
		return nil
	}
	if err := send(orders[0]); err != nil {
		return chargeAll(orders[1:])
	}
	return nil
}

func unguarded(o Order, n int) {
	if n == 0 {
		return
	}
	_ = send(o)
	unguarded(o, n-1)
}
