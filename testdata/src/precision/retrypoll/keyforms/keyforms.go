// Package keyforms attaches a stable idempotency key in the many ways Go
// code writes it, inside retry loops.
package keyforms

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/go-resty/resty/v2"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

const headerIdempotency = "Idempotency-Key"

var errGiveUp = errors.New("giving up")

type Order struct {
	ID     string
	Amount int64
}

// ParamsLiteral sets the key in the params literal.
func ParamsLiteral(o Order) (*stripe.PaymentIntent, error) {
	key := "order-" + o.ID
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := paymentintent.New(&stripe.PaymentIntentParams{
			Params:   stripe.Params{IdempotencyKey: stripe.String(key)},
			Amount:   stripe.Int64(o.Amount),
			Currency: stripe.String("eur"),
		})
		if err == nil {
			return pi, nil
		}
		time.Sleep(time.Second)
	}
	return nil, errGiveUp
}

// ParamsField assigns the embedded Params' field.
func ParamsField(o Order) (*stripe.PaymentIntent, error) {
	key := "order-" + o.ID
	for attempt := 0; attempt < 3; attempt++ {
		p := &stripe.PaymentIntentParams{Amount: stripe.Int64(o.Amount), Currency: stripe.String("eur")}
		p.Params.IdempotencyKey = &key
		pi, err := paymentintent.New(p)
		if err == nil {
			return pi, nil
		}
	}
	return nil, errGiveUp
}

// HeaderMap sets the header through the map and a constant name.
func HeaderMap(ctx context.Context, hc *http.Client, base string, o Order) error {
	key := "order-" + o.ID
	b, _ := json.Marshal(o)
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/payments", bytes.NewReader(b))
		req.Header[headerIdempotency] = []string{key}
		if resp, err := hc.Do(req); err == nil && resp.StatusCode < 500 {
			return nil
		}
	}
	return errGiveUp
}

// HeaderLiteral builds the header set as a literal.
func HeaderLiteral(ctx context.Context, hc *http.Client, base string, o Order) error {
	key := "order-" + o.ID
	b, _ := json.Marshal(o)
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/payments", bytes.NewReader(b))
		req.Header = http.Header{"Idempotency-Key": {key}, "Content-Type": {"application/json"}}
		if resp, err := hc.Do(req); err == nil && resp.StatusCode < 500 {
			return nil
		}
	}
	return errGiveUp
}

// HeaderAddX uses Add and the X- prefixed name.
func HeaderAddX(ctx context.Context, hc *http.Client, base string, o Order) error {
	key := "order-" + o.ID
	b, _ := json.Marshal(o)
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/payments", bytes.NewReader(b))
		req.Header.Add("X-Idempotency-Key", key)
		if resp, err := hc.Do(req); err == nil && resp.StatusCode < 500 {
			return nil
		}
	}
	return errGiveUp
}

// RestyHeaders sets the key through SetHeaders.
func RestyHeaders(ctx context.Context, c *resty.Client, o Order) error {
	key := "order-" + o.ID
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.R().SetContext(ctx).
			SetHeaders(map[string]string{"Idempotency-Key": key, "Accept": "application/json"}).
			SetBody(o).
			Post("/v1/payments")
		if err == nil && resp.StatusCode() < 500 {
			return nil
		}
	}
	return errGiveUp
}

type createPayment struct {
	IdempotencyKey string `json:"idempotency_key"`
	OrderID        string `json:"order_id"`
	Amount         int64  `json:"amount"`
}

// BodyKey sends the key in the JSON body, built before the loop.
func BodyKey(ctx context.Context, hc *http.Client, base string, o Order) error {
	in := createPayment{IdempotencyKey: "order-" + o.ID, OrderID: o.ID, Amount: o.Amount}
	for attempt := 0; attempt < 3; attempt++ {
		b, _ := json.Marshal(in)
		resp, err := hc.Post(base+"/v1/payments", "application/json", bytes.NewReader(b))
		if err == nil && resp.StatusCode < 500 {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errGiveUp
}

// SameRequest re-sends the same request, rewinding its body.
func SameRequest(ctx context.Context, hc *http.Client, base string, o Order, key string) error {
	b, _ := json.Marshal(o)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/payments", bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", key)
	for attempt := 0; attempt < 3; attempt++ {
		if attempt > 0 && req.GetBody != nil {
			req.Body, _ = req.GetBody()
		}
		if resp, err := hc.Do(req); err == nil && resp.StatusCode < 500 {
			return nil
		}
	}
	return errGiveUp
}
