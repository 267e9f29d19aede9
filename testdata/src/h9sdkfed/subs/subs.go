// Package subs handles GoCardless subscription payment events; the SDK's
// WebhookHandler, built in package server, verifies each delivery and
// calls HandleEvent.
package subs

import (
	"context"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"h9sdkfed/paydb"
)

// Recorder books a collected payment.
type Recorder interface {
	Record(ctx context.Context, c paydb.Collected) error
}

// Seen remembers event ids.
type Seen interface {
	FirstSeen(ctx context.Context, eventID string) (bool, error)
}

// Collections books every delivery of payments/confirmed: a redelivery
// books the payment twice.
type Collections struct {
	rec Recorder
}

func NewCollections(r Recorder) *Collections { return &Collections{rec: r} }

func (c *Collections) HandleEvent(e gocardless.Event) error {
	if e.ResourceType != "payments" || e.Action != "confirmed" || e.Links == nil {
		return nil
	}
	return c.rec.Record(context.Background(), paydb.Collected{PaymentID: e.Links.Payment, Subscription: e.Id})
}

// OnceCollections records the event id first.
type OnceCollections struct {
	rec  Recorder
	seen Seen
}

func NewOnceCollections(r Recorder, s Seen) *OnceCollections {
	return &OnceCollections{rec: r, seen: s}
}

func (c *OnceCollections) HandleEvent(e gocardless.Event) error {
	if e.ResourceType != "payments" || e.Action != "confirmed" || e.Links == nil {
		return nil
	}
	ctx := context.Background()
	fresh, err := c.seen.FirstSeen(ctx, e.Id)
	if err != nil || !fresh {
		return err
	}
	return c.rec.Record(ctx, paydb.Collected{PaymentID: e.Links.Payment, Subscription: e.Id})
}

// Replayer has a HandleEvent of another shape: it is no gocardless
// EventHandler, nothing the SDK calls (an admin tool replays one event).
type Replayer struct {
	rec Recorder
}

func NewReplayer(r Recorder) *Replayer { return &Replayer{rec: r} }

func (p *Replayer) HandleEvent(ctx context.Context, paymentID string) error {
	return p.rec.Record(ctx, paydb.Collected{PaymentID: paymentID})
}
