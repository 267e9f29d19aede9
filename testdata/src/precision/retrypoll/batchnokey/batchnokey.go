// Package batchnokey writes each of several different orders once, without
// an application key: nothing is repeated, so there is nothing to dedupe.
package batchnokey

import (
	"bytes"
	"context"
	"encoding/json"
	"log"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Order struct {
	ID     string
	Amount int64
}

func body(o Order) []byte {
	b, _ := json.Marshal(map[string]any{"order_id": o.ID, "amount": o.Amount})
	return b
}

// Range posts one payment per order; a failure moves on to the next order.
func Range(ctx context.Context, hc *http.Client, base string, orders []Order) {
	for _, o := range orders {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/payments", bytes.NewReader(body(o)))
		if err != nil {
			continue
		}
		resp, err := hc.Do(req)
		if err != nil {
			log.Printf("order %s: %v", o.ID, err)
			continue
		}
		resp.Body.Close()
	}
}

// Queue pops orders off a slice.
func Queue(ctx context.Context, hc *http.Client, base string, queue []Order) {
	for len(queue) > 0 {
		o := queue[0]
		queue = queue[1:]
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/charges", bytes.NewReader(body(o)))
		if resp, err := hc.Do(req); err == nil {
			resp.Body.Close()
		}
	}
}

// Index walks orders with two loop variables.
func Index(orders []Order) {
	for i, n := 0, len(orders); i < n; i++ {
		o := orders[i]
		if _, err := paymentintent.New(&stripe.PaymentIntentParams{Amount: stripe.Int64(o.Amount), Currency: stripe.String("eur")}); err != nil {
			log.Printf("order %s: %v", o.ID, err)
		}
	}
}

// Recurse charges the head of the list and recurses on the rest.
func Recurse(orders []Order) error {
	if len(orders) == 0 {
		return nil
	}
	o := orders[0]
	if _, err := paymentintent.New(&stripe.PaymentIntentParams{Amount: stripe.Int64(o.Amount), Currency: stripe.String("eur")}); err != nil {
		log.Printf("order %s: %v", o.ID, err)
	}
	return Recurse(orders[1:])
}

// Channel charges each order read from a channel.
func Channel(orders <-chan Order) {
	for {
		o, ok := <-orders
		if !ok {
			return
		}
		if _, err := paymentintent.New(&stripe.PaymentIntentParams{Amount: stripe.Int64(o.Amount), Currency: stripe.String("eur")}); err != nil {
			log.Printf("order %s: %v", o.ID, err)
			continue
		}
	}
}
