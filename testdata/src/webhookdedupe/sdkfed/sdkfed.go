// Package sdkfed: the GoCardless SDK serves the webhook itself
// (gocardless.NewWebhookHandler checks the signature, then calls the event
// handler it was given for each event). The event handlers are the
// webhook's processing: verified, and run again on every redelivery.
package sdkfed

import (
	"context"
	"database/sql"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

type ledger struct{ db *sql.DB }

// topUp is handed over as a method value converted to the SDK's func type.
// Verified by the SDK: webhookverify stays silent. Its credit repeats on
// every delivery (webhookdedupe should report it once the duplicate-guard
// model seeds the event parameter of an SDKCallback handler; today
// ev.Action's check is taken for a stored-state guard).
func (l *ledger) topUp(ev gocardless.Event) error {
	if ev.Action != "confirmed" {
		return nil
	}
	_, err := l.db.ExecContext(context.Background(), "UPDATE wallets SET balance = balance + $1 WHERE payment_id = $2", 100, ev.Links.Payment) // want "webhook handler credits the balance"
	return err
}

// once implements gocardless.EventHandler and claims each event first.
type once struct{ db *sql.DB }

func (o once) HandleEvent(ev gocardless.Event) error {
	res, err := o.db.Exec("INSERT INTO seen_events (id) VALUES ($1) ON CONFLICT DO NOTHING", ev.Id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil
	}
	_, err = o.db.Exec("UPDATE wallets SET balance = balance + $1 WHERE payment_id = $2", 100, ev.Links.Payment)
	return err
}

// Look-alike: a func of the same type kept for a local dispatcher, never
// handed to the SDK's verifying server.
func (l *ledger) replay(ev gocardless.Event) error {
	_, err := l.db.Exec("UPDATE wallets SET balance = balance + $1 WHERE payment_id = $2", 100, ev.Links.Payment)
	return err
}

var dispatch = map[string]gocardless.EventHandlerFunc{}

func Mux(db *sql.DB, secret string) *http.ServeMux {
	l := &ledger{db: db}
	mux := http.NewServeMux()
	credited, _ := gocardless.NewWebhookHandler(secret, gocardless.EventHandlerFunc(l.topUp))
	claimed, _ := gocardless.NewWebhookHandler(secret, once{db: db})
	mux.Handle("/gocardless/credited", credited)
	mux.Handle("/gocardless/claimed", claimed)
	dispatch["replay"] = gocardless.EventHandlerFunc(l.replay)
	return mux
}
