// Package freshother makes fresh values inside retry loops that are not
// the idempotency key: request and trace ids, jitter, timestamps; or makes
// the key lazily on the first attempt only, or once per order.
package freshother

import (
	"bytes"
	"context"
	"errors"
	"math/rand"
	"net/http"
	"strconv"
	"time"

	"github.com/google/uuid"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var errGiveUp = errors.New("giving up")

// RequestID sends a new X-Request-Id per attempt for tracing; the
// idempotency key is the order's.
func RequestID(ctx context.Context, hc *http.Client, base, orderID string, body []byte) error {
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", "order-"+orderID)
		req.Header.Set("X-Request-Id", uuid.NewString())
		req.Header.Set("X-Sent-At", strconv.FormatInt(time.Now().UnixMilli(), 10))
		if resp, err := hc.Do(req); err == nil && resp.StatusCode < 500 {
			return nil
		}
		time.Sleep(time.Second + time.Duration(rand.Intn(250))*time.Millisecond)
	}
	return errGiveUp
}

// Lazy makes a random key on the first attempt only.
func Lazy(amount int64) (*stripe.PaymentIntent, error) {
	var key string
	for attempt := 0; attempt < 3; attempt++ {
		if key == "" {
			key = uuid.NewString()
		}
		p := &stripe.PaymentIntentParams{Amount: stripe.Int64(amount), Currency: stripe.String("usd")}
		p.SetIdempotencyKey(key)
		if pi, err := paymentintent.New(p); err == nil {
			return pi, nil
		}
	}
	return nil, errGiveUp
}

type Order struct {
	ID     string
	Amount int64
}

// PerOrder makes one random key per order, reused by that order's retries.
func PerOrder(orders []Order) {
	for _, o := range orders {
		key := uuid.NewString()
		for attempt := 0; attempt < 3; attempt++ {
			p := &stripe.PaymentIntentParams{Amount: stripe.Int64(o.Amount), Currency: stripe.String("usd")}
			p.SetIdempotencyKey(key)
			if _, err := paymentintent.New(p); err == nil {
				break
			}
		}
	}
}

// Metadata stamps each attempt in metadata; the key stays the same.
func Metadata(orderID string, amount int64) (*stripe.PaymentIntent, error) {
	for attempt := 0; attempt < 3; attempt++ {
		p := &stripe.PaymentIntentParams{
			Amount:   stripe.Int64(amount),
			Currency: stripe.String("usd"),
			Metadata: map[string]string{"attempt_id": uuid.NewString(), "sent_at": time.Now().String()},
		}
		p.SetIdempotencyKey("order-" + orderID)
		if pi, err := paymentintent.New(p); err == nil {
			return pi, nil
		}
	}
	return nil, errGiveUp
}
