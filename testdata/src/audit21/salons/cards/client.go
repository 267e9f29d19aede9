// Package cards is the Stripe integration for Mexican salons: booking
// deposits by card, and no-show fees charged off-session to the card the
// client left on file.
package cards

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// Client holds the Stripe client and the webhook secret.
type Client struct {
	sc     *stripe.Client
	secret string
}

// New builds the client. maxNetworkRetries is Stripe's own transport retry.
func New(key, webhookSecret string, maxNetworkRetries int64) *Client {
	backends := stripe.NewBackendsWithConfig(&stripe.BackendConfig{
		HTTPClient:        &http.Client{},
		MaxNetworkRetries: stripe.Int64(maxNetworkRetries),
	})
	return &Client{sc: stripe.NewClient(key, stripe.WithBackends(backends)), secret: webhookSecret}
}

// DepositIntent creates the PaymentIntent of a booking deposit, confirmed by
// the booking page with Stripe.js.
func (c *Client) DepositIntent(ctx context.Context, apptID int64, cents int64, customer, key string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentCreateParams{
		Amount:   stripe.Int64(cents),
		Currency: stripe.String("mxn"),
		Customer: stripe.String(customer),
		Metadata: map[string]string{"appointment_id": strconv.FormatInt(apptID, 10), "kind": "deposit"},
	}
	params.SetIdempotencyKey(key)
	return c.sc.V1PaymentIntents.Create(ctx, params)
}

// OffSession describes a charge to a saved card with the client absent.
type OffSession struct {
	Customer      string
	PaymentMethod string
	Cents         int64
	Description   string
	Metadata      map[string]string
	Key           string
}

// ChargeSaved charges a card on file off-session.
func (c *Client) ChargeSaved(ctx context.Context, in OffSession) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentCreateParams{
		Amount:        stripe.Int64(in.Cents),
		Currency:      stripe.String("mxn"),
		Customer:      stripe.String(in.Customer),
		PaymentMethod: stripe.String(in.PaymentMethod),
		Description:   stripe.String(in.Description),
		Confirm:       stripe.Bool(true),
		OffSession:    stripe.Bool(true),
		Metadata:      in.Metadata,
	}
	if in.Key != "" {
		params.SetIdempotencyKey(in.Key)
	}
	return c.sc.V1PaymentIntents.Create(ctx, params)
}

// Intent reads a PaymentIntent.
func (c *Client) Intent(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	return c.sc.V1PaymentIntents.Retrieve(ctx, id, nil)
}

// Transient reports whether a Stripe error is worth retrying.
func Transient(err error) bool {
	var se *stripe.Error
	if errors.As(err, &se) {
		return se.HTTPStatusCode >= 500 || se.HTTPStatusCode == http.StatusTooManyRequests
	}
	return true // network
}

// ParseEvent checks the Stripe-Signature header and decodes the event. On
// laptops there is no webhook secret; the Stripe CLI forwards plain events.
func ParseEvent(body []byte, sigHeader, secret string) (stripe.Event, error) {
	if secret == "" {
		var evt stripe.Event
		if err := json.Unmarshal(body, &evt); err != nil {
			return evt, fmt.Errorf("cards: decode event: %w", err)
		}
		return evt, nil
	}
	return webhook.ConstructEvent(body, sigHeader, secret)
}

// Secret is the configured webhook secret (may be empty in development).
func (c *Client) Secret() string { return c.secret }

// PaymentIntentOf decodes the PaymentIntent carried by an event.
func PaymentIntentOf(evt stripe.Event) (*stripe.PaymentIntent, error) {
	var pi stripe.PaymentIntent
	if evt.Data == nil {
		return nil, errors.New("cards: event without data")
	}
	return &pi, json.Unmarshal(evt.Data.Raw, &pi)
}
