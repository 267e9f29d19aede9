// Package sdkfed: functions handed to an SDK's verifying webhook server
// (gocardless.NewWebhookHandler) are the webhook's event handlers, with
// the route the server is mounted on; the same functions kept elsewhere
// are not.
package sdkfed

import (
	"database/sql"
	"errors"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

type billing struct{}

func (billing) mandateCancelled(e gocardless.Event) error { return nil } // want `handler billing.mandateCancelled fw=\? routes=\[POST /gc/mandates\] redirect=- webhook=verifies a signature params=\[\] headers=\[\]`

type router struct{ db *sql.DB }

func (r *router) HandleEvent(e gocardless.Event) error { // want `handler router.HandleEvent fw=\? routes=\[/gc/events\] redirect=- webhook=verifies a signature params=\[\] headers=\[\]`
	_, err := r.db.Exec("UPDATE payments SET status = 'paid' WHERE id = $1", e.Links.Payment)
	return err
}

// Not handed to the SDK: a test double's and a queue consumer's.
func (billing) replay(e gocardless.Event) error { return nil }

func consume(h gocardless.EventHandler) error { return errors.New("stub") }

func Mount(mux *http.ServeMux, db *sql.DB, secret string) {
	b := billing{}
	mandates, _ := gocardless.NewWebhookHandler(secret, gocardless.EventHandlerFunc(b.mandateCancelled))
	mux.Handle("POST /gc/mandates", mandates)
	events, _ := gocardless.NewWebhookHandler(secret, &router{db: db})
	mux.Handle("/gc/events", events)
	_, _ = gocardless.NewWebhookHandler(secret, gocardless.EventHandlerFunc(func(e gocardless.Event) error { // want `handler fw=\? routes=\[\] redirect=- webhook=verifies a signature params=\[\] headers=\[\]`
		return nil
	}))
	_ = consume(gocardless.EventHandlerFunc(b.replay))
}
