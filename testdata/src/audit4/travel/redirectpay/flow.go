package redirectpay

import (
	"context"
	"errors"
	"time"

	"github.com/mollie/mollie-api-golang/models/components"
)

var ErrAbandoned = errors.New("redirectpay: traveller did not pay")

// PayAndWait is used by the call-centre flow: the agent sends the
// traveller a link and waits on the line.
func (c *Checkout) PayAndWait(ctx context.Context, b FlightBooking) (string, error) {
	p, err := c.create(ctx, b, 0)
	if err != nil {
		return "", err
	}
	deadline := time.Now().Add(10 * time.Minute)
	for attempt := 1; attempt <= 3; attempt++ { // want "\\[pollbound\\] loop polling payment p.ID stops only when the payment succeeds"
		st, err := c.status(ctx, p.ID)
		if err == nil && st == components.PaymentResponseStatusPaid {
			return p.ID, nil
		}
		if time.Now().After(deadline) {
			// the traveller is slow on the bank page: give them a fresh link
			p, err = c.create(ctx, b, attempt) // want "\\[pollcreate\\] new payment created inside the loop that polls payment p.ID"
			if err != nil {
				return "", err
			}
			deadline = time.Now().Add(10 * time.Minute)
		}
		time.Sleep(5 * time.Second)
	}
	return "", ErrAbandoned
}

// PayUntilSettled starts over only once Mollie said the attempt is dead.
func (c *Checkout) PayUntilSettled(ctx context.Context, b FlightBooking) (string, error) {
	p, err := c.create(ctx, b, 0)
	if err != nil {
		return "", err
	}
	retries := 0
	for {
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(5 * time.Second):
		}
		st, err := c.status(ctx, p.ID)
		if err != nil {
			continue
		}
		switch st {
		case components.PaymentResponseStatusPaid:
			return p.ID, nil
		case components.PaymentResponseStatusExpired, components.PaymentResponseStatusCanceled, components.PaymentResponseStatusFailed:
			retries++
			if retries > 2 {
				return "", ErrAbandoned
			}
			if p, err = c.create(ctx, b, retries); err != nil {
				return "", err
			}
		}
	}
}
