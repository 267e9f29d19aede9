// Package derivedkeys retries payment writes with keys derived inside the
// loop from values that do not change between attempts.
package derivedkeys

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log"
	"net/http"
	"strconv"
	"time"

	"github.com/google/uuid"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var orderNS = uuid.MustParse("6ba7b811-9dad-11d1-80b4-00c04fd430c8")

type Order struct {
	ID             string
	Version        int
	Amount         int64
	IdempotencyKey string // set once when the order row was created
}

type API struct {
	HTTP *http.Client
	Base string
}

func keyFor(orderID string) string { return "pay-" + orderID }

func hashKey(orderID string, amount int64) string {
	sum := sha256.Sum256([]byte(orderID + ":" + strconv.FormatInt(amount, 10)))
	return hex.EncodeToString(sum[:])
}

func (a *API) post(ctx context.Context, key string, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.Base+"/v1/payments", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	return a.HTTP.Do(req)
}

// StoredKey uses the key stored on the order.
func (a *API) StoredKey(ctx context.Context, o Order, body []byte) error {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := a.post(ctx, o.IdempotencyKey, body)
		if err == nil && resp.StatusCode < 500 {
			return nil
		}
		log.Printf("order %s attempt %d failed at %s", o.ID, attempt, time.Now().Format(time.RFC3339))
		time.Sleep(time.Second)
	}
	return fmt.Errorf("order %s: failed", o.ID)
}

// HelperKey derives the key inside the loop with a local helper.
func (a *API) HelperKey(ctx context.Context, o Order, body []byte) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		var resp *http.Response
		if resp, err = a.post(ctx, keyFor(o.ID), body); err == nil && resp.StatusCode < 500 {
			return nil
		}
	}
	return err
}

// HashKey hashes the order into a key on every attempt: the same hash.
func (a *API) HashKey(ctx context.Context, o Order, body []byte) error {
	for attempt := 0; attempt < 3; attempt++ {
		key := hashKey(o.ID, o.Amount)
		if resp, err := a.post(ctx, key, body); err == nil && resp.StatusCode < 500 {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("failed")
}

// InlineHash hashes inline in the loop.
func (a *API) InlineHash(ctx context.Context, o Order, body []byte) error {
	for attempt := 0; attempt < 3; attempt++ {
		sum := sha256.Sum256([]byte(o.ID))
		if resp, err := a.post(ctx, hex.EncodeToString(sum[:]), body); err == nil && resp.StatusCode < 500 {
			return nil
		}
	}
	return fmt.Errorf("failed")
}

// NameBasedUUID derives a version 5 UUID from the order: deterministic.
func (a *API) NameBasedUUID(ctx context.Context, o Order, body []byte) error {
	for attempt := 0; attempt < 3; attempt++ {
		key := uuid.NewSHA1(orderNS, []byte(o.ID)).String()
		if resp, err := a.post(ctx, key, body); err == nil && resp.StatusCode < 500 {
			return nil
		}
	}
	return fmt.Errorf("failed")
}

// Versioned uses the order id and version, formatted each attempt.
func (a *API) Versioned(ctx context.Context, o Order, body []byte) error {
	for attempt := 0; attempt < 3; attempt++ {
		key := fmt.Sprintf("%s:v%d", o.ID, o.Version)
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, a.Base+"/v1/charges", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		req.Header.Set("X-Attempt", strconv.Itoa(attempt)) // diagnostics only
		if resp, err := a.HTTP.Do(req); err == nil && resp.StatusCode < 500 {
			return nil
		}
	}
	return fmt.Errorf("failed")
}

// NestedPerOrder retries each order with a key from the outer range.
func NestedPerOrder(ctx context.Context, orders []Order) {
	for _, o := range orders {
		for attempt := 0; attempt < 3; attempt++ {
			p := &stripe.PaymentIntentParams{Amount: stripe.Int64(o.Amount), Currency: stripe.String("eur")}
			p.IdempotencyKey = stripe.String("order-" + o.ID)
			if _, err := paymentintent.New(p); err == nil {
				break
			}
			time.Sleep(time.Second)
		}
	}
}

// RangeInt retries with Go 1.22 range over an int.
func RangeInt(ctx context.Context, o Order) error {
	p := &stripe.PaymentIntentParams{Amount: stripe.Int64(o.Amount), Currency: stripe.String("eur")}
	p.SetIdempotencyKey(keyFor(o.ID))
	var err error
	for range 3 {
		if _, err = paymentintent.New(p); err == nil {
			return nil
		}
	}
	return err
}
