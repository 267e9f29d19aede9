// Package pollshapes polls a payment correctly in the many shapes production
// code takes: terminal-state helpers, negative pending checks, range over an
// int, timers, jittered and growing waits, Hilt's fast-then-slow pattern.
package pollshapes

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"net/http"
	"strings"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/refund"
	"github.com/stripe/stripe-go/v82/transfer"
)

const pollEvery = 3 * time.Second

var ErrStuck = errors.New("payment stuck")

func isTerminal(s stripe.PaymentIntentStatus) bool {
	switch s {
	case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
		return true
	}
	return false
}

var terminal = map[stripe.PaymentIntentStatus]bool{
	stripe.PaymentIntentStatusSucceeded: true,
	stripe.PaymentIntentStatusCanceled:  true,
}

// HelperTerminal exits through a terminal-state helper, bounded by attempts.
func HelperTerminal(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	for i := 0; i < 40; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if isTerminal(pi.Status) {
			return pi, nil
		}
		time.Sleep(pollEvery)
	}
	return nil, ErrStuck
}

// MapTerminal exits through a set of terminal states, range over an int.
func MapTerminal(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	for range 60 {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if terminal[pi.Status] {
			return pi, nil
		}
		time.Sleep(5 * time.Second)
	}
	return nil, ErrStuck
}

// NotProcessing stops on anything but processing: every other state,
// failure included, ends the loop.
func NotProcessing(ctx context.Context, sc *stripe.Client, id string) (*stripe.PaymentIntent, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	for {
		pi, err := sc.V1PaymentIntents.Retrieve(ctx, id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status != stripe.PaymentIntentStatusProcessing {
			return pi, nil
		}
		select {
		case <-ctx.Done():
			return pi, ctx.Err()
		case <-time.After(pollEvery):
		}
	}
}

// Timer bounds the poll with a timer and a ticker.
func Timer(id string) (*stripe.PaymentIntent, error) {
	timeout := time.NewTimer(2 * time.Minute)
	defer timeout.Stop()
	tick := time.NewTicker(4 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-timeout.C:
			return nil, ErrStuck
		case <-tick.C:
			pi, err := paymentintent.Get(id, nil)
			if err != nil {
				return nil, err
			}
			switch pi.Status {
			case stripe.PaymentIntentStatusSucceeded:
				return pi, nil
			case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
				return pi, fmt.Errorf("payment %s failed", id)
			}
		}
	}
}

// Jitter waits 2s plus jitter, until a deadline.
func Jitter(id string) (*stripe.PaymentIntent, error) {
	start := time.Now()
	for {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if isTerminal(pi.Status) {
			return pi, nil
		}
		if time.Since(start) > 5*time.Minute {
			return pi, ErrStuck
		}
		time.Sleep(2*time.Second + time.Duration(rand.Intn(500))*time.Millisecond)
	}
}

// Shift doubles the wait from 1s with a shift of the attempt number.
func Shift(id string) (*stripe.PaymentIntent, error) {
	for attempt := 0; attempt < 8; attempt++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if isTerminal(pi.Status) {
			return pi, nil
		}
		time.Sleep(time.Duration(1<<attempt) * time.Second)
	}
	return nil, ErrStuck
}

type HiltPayment struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// FastThenSlow is the Hilt guide's good pattern: poll quickly just after
// the payment starts, slow down once it is PENDING_CONFIRMATION.
func FastThenSlow(ctx context.Context, hc *http.Client, base, id string) (*HiltPayment, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	wait := time.Second
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/v1/payments/"+id, nil)
		resp, err := hc.Do(req)
		if err != nil {
			return nil, err
		}
		var p HiltPayment
		err = json.NewDecoder(resp.Body).Decode(&p)
		resp.Body.Close()
		if err != nil {
			return nil, err
		}
		switch strings.ToUpper(p.Status) {
		case "CONFIRMED", "FAILED":
			return &p, nil
		case "PENDING_CONFIRMATION":
			wait = 10 * time.Second
		}
		select {
		case <-ctx.Done():
			return &p, ctx.Err()
		case <-time.After(wait):
		}
	}
}

// RefundOnTimeout polls an uncaptured payment and, when it is stuck, cancels
// and refunds it: a refund is not a second charge.
func RefundOnTimeout(ctx context.Context, id string) error {
	deadline := time.Now().Add(15 * time.Minute)
	for {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if isTerminal(pi.Status) {
			return nil
		}
		if time.Now().After(deadline) {
			rp := &stripe.RefundParams{PaymentIntent: stripe.String(id)}
			rp.SetIdempotencyKey("stuck-refund-" + id)
			_, err := refund.New(rp)
			return err
		}
		time.Sleep(10 * time.Second)
	}
}

// PayOutSeller polls a marketplace payment and transfers the seller's share
// once it succeeded.
func PayOutSeller(ctx context.Context, id, account string, share int64) error {
	for i := 0; i < 100; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			tp := &stripe.TransferParams{Amount: stripe.Int64(share), Destination: stripe.String(account)}
			tp.SetIdempotencyKey("transfer-" + id)
			_, err := transfer.New(tp)
			return err
		case stripe.PaymentIntentStatusCanceled:
			return fmt.Errorf("payment %s canceled", id)
		}
		time.Sleep(5 * time.Second)
	}
	return ErrStuck
}
