// Package billing is a merchant's REST billing client: its functions
// wrap payment ops and export facts.
package billing

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/google/uuid"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Client struct {
	hc   *http.Client
	base string
}

// Outer is declared before the functions it wraps: order must not matter.
func Outer(ctx context.Context, c *Client, key string) error { // want `wrapper Outer write\|create POST /v1/charges keyparam=2$`
	return inner(ctx, c, key) // want `op write\|create billing.inner \(POST /v1/charges\) key=Idempotency-Key keyparam=2 via=inner$`
}

func inner(ctx context.Context, c *Client, k string) error { // want `wrapper inner write\|create POST /v1/charges keyparam=2$`
	return c.Charge(ctx, 100, k) // want `op write\|create billing.Client.Charge \(POST /v1/charges\) key=Idempotency-Key keyparam=2 via=Charge$`
}

// Charge posts a charge with the caller's idempotency key.
func (c *Client) Charge(ctx context.Context, amount int64, key string) error { // want `wrapper Client.Charge write\|create POST /v1/charges keyparam=2$`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/charges", strings.NewReader(fmt.Sprint(amount)))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", key)
	_, err = c.hc.Do(req) // want `op write\|create POST /v1/charges key=Idempotency-Key keyparam=2$`
	return err
}

// ChargeFresh makes a new key on every call.
func (c *Client) ChargeFresh(ctx context.Context, amount int64) error { // want `wrapper Client.ChargeFresh write\|create POST /v1/charges haskey freshkey$`
	key := uuid.NewString()
	return c.Charge(ctx, amount, key) // want `op write\|create billing.Client.Charge \(POST /v1/charges\) key=Idempotency-Key fresh=1 via=Charge$`
}

// Status reads one payment.
func (c *Client) Status(ctx context.Context, id string) (string, error) { // want `wrapper Client.Status read GET /v1/payments/\{\} idparam=1$`
	resp, err := c.hc.Get(c.base + "/v1/payments/" + id) // want `op read GET /v1/payments/\{\} id=id$`
	if err != nil {
		return "", err
	}
	return resp.Status, nil
}

// Create passes stripe params through: the key travels with them.
func Create(p *stripe.PaymentIntentParams) error { // want `wrapper Create write\|create stripe paymentintent.New keyparam=0 autokey$`
	_, err := paymentintent.New(p) // want `op write\|create stripe paymentintent.New key=IdempotencyKey keyparam=0 value=\? autokey$`
	return err
}

// retry recurses into itself.
func retry(ctx context.Context, c *Client, k string, n int) error { // want `wrapper retry write\|create POST /v1/charges keyparam=2$`
	if err := c.Charge(ctx, 1, k); err != nil && n > 0 { // want `op write\|create billing.Client.Charge \(POST /v1/charges\) key=Idempotency-Key keyparam=2 via=Charge$`
		return retry(ctx, c, k, n-1)
	}
	return nil
}

// inClosure performs the write inside a function literal.
func inClosure(ctx context.Context, c *Client) error { // want `wrapper inClosure write\|create POST /v1/charges haskey$`
	f := func() error {
		return c.Charge(ctx, 1, "fixed") // want `op write\|create billing.Client.Charge \(POST /v1/charges\) key=Idempotency-Key via=Charge$`
	}
	return f()
}

// Ship grants the goods.
//
//paylint:fulfillment
func Ship(orderID string) {} // want `wrapper Ship fulfillment billing.Ship$`

// Deliver wraps Ship.
func Deliver(orderID string) { // want `wrapper Deliver fulfillment billing.Ship$`
	Ship(orderID) // want `op fulfillment billing.Ship via=Ship$`
}

type Order struct{ ID string }

// ChargeOrder derives its key from the order it is given.
func (c *Client) ChargeOrder(ctx context.Context, o Order) error { // want `wrapper Client.ChargeOrder write\|create POST /v1/charges keyparam=1$`
	return c.Charge(ctx, 1, "order-"+o.ID) // want `op write\|create billing.Client.Charge \(POST /v1/charges\) key=Idempotency-Key keyparam=1 via=Charge$`
}
