// Package membership is a course platform's Stripe billing service: the
// interface its web layer holds, and the implementations its constructors
// build behind it (unexported types, which go vet's export data lacks).
package membership

import (
	"context"
	"database/sql"
	"encoding/json"
	"log"

	"github.com/hibiken/asynq"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/subscription"
	"github.com/stripe/stripe-go/v82/webhook"
)

// Billing is what the web layer asks of the billing service.
type Billing interface {
	VerifyEvent(payload []byte, signature string) (stripe.Event, error)
	ProcessEvent(payload []byte, signature string) error
}

type stripeBilling struct {
	db     *sql.DB
	secret string
}

// NewBilling processes Stripe's events in line.
func NewBilling(db *sql.DB, secret string) Billing {
	return &stripeBilling{db: db, secret: secret}
}

func (b *stripeBilling) VerifyEvent(payload []byte, signature string) (stripe.Event, error) {
	return webhook.ConstructEvent(payload, signature, b.secret)
}

// ProcessEvent stores the new subscription and tags it at Stripe with the
// member it belongs to.
func (b *stripeBilling) ProcessEvent(payload []byte, signature string) error {
	ev, err := b.VerifyEvent(payload, signature)
	if err != nil {
		return err
	}
	switch ev.Type {
	case "checkout.session.completed":
		return b.sessionCompleted(ev)
	case "customer.subscription.deleted":
		sub, _ := ev.Data.Object["id"].(string)
		_, err := b.db.Exec(`UPDATE memberships SET status = 'cancelled' WHERE subscription_id = $1`, sub)
		return err
	}
	return nil
}

func (b *stripeBilling) sessionCompleted(ev stripe.Event) error {
	sub, _ := ev.Data.Object["subscription"].(string)
	member, _ := ev.Data.Object["client_reference_id"].(string)
	if _, err := b.db.Exec(`UPDATE memberships SET status = 'active', subscription_id = $1 WHERE member_id = $2`, sub, member); err != nil {
		return err
	}
	_, err := subscription.Update(sub, &stripe.SubscriptionParams{Metadata: map[string]string{"member_id": member}})
	return err
}

type queuedBilling struct {
	db     *sql.DB
	q      *asynq.Client
	secret string
}

// NewQueuedBilling stores the event and hands the Stripe calls to a worker.
func NewQueuedBilling(db *sql.DB, q *asynq.Client, secret string) Billing {
	return &queuedBilling{db: db, q: q, secret: secret}
}

func (b *queuedBilling) VerifyEvent(payload []byte, signature string) (stripe.Event, error) {
	return webhook.ConstructEvent(payload, signature, b.secret)
}

func (b *queuedBilling) ProcessEvent(payload []byte, signature string) error {
	ev, err := b.VerifyEvent(payload, signature)
	if err != nil {
		return err
	}
	body, _ := json.Marshal(ev)
	_, err = b.q.EnqueueContext(context.Background(), asynq.NewTask("billing:event", body))
	return err
}

type auditBilling struct {
	db     *sql.DB
	secret string
}

// NewDesk chooses at run time between processing in line and only
// recording the event: which one a binding runs is not known.
func NewDesk(db *sql.DB, live bool, secret string) Billing {
	if live {
		return &stripeBilling{db: db, secret: secret}
	}
	return &auditBilling{db: db, secret: secret}
}

func (b *auditBilling) VerifyEvent(payload []byte, signature string) (stripe.Event, error) {
	return webhook.ConstructEvent(payload, signature, b.secret)
}

func (b *auditBilling) ProcessEvent(payload []byte, signature string) error {
	log.Printf("audit: %d bytes", len(payload))
	_, err := b.db.Exec(`INSERT INTO billing_events (payload) VALUES ($1)`, payload)
	return err
}
