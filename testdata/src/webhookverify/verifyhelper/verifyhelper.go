// Package verifyhelper: a helper that verifies the Stripe signature and
// answers 400 itself, reporting failure by nil results instead of an
// error. A handler that stops when the helper returns nil is verified in
// a shape paylint cannot summarise (it stays silent); one that carries on
// regardless, or a helper that only decodes, is not.
package verifyhelper

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

type intent struct {
	ID string `json:"id"`
}

type hooks struct {
	db         *sql.DB
	signingKey string
}

func (k *hooks) markPaid(id string) {
	k.db.Exec("UPDATE orders SET status = 'paid' WHERE intent_id = $1", id)
}

// event verifies, answers 400 and returns nils on a bad signature.
func (k *hooks) event(w http.ResponseWriter, r *http.Request) (*stripe.Event, *intent) {
	raw, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return nil, nil
	}
	ev, err := webhook.ConstructEvent(raw, r.Header.Get("Stripe-Signature"), k.signingKey)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return nil, nil
	}
	var in intent
	if json.Unmarshal(ev.Data.Raw, &in) != nil {
		return nil, nil
	}
	return &ev, &in
}

// decoded only decodes: nothing is verified.
func decoded(w http.ResponseWriter, r *http.Request) *intent {
	var in intent
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return nil
	}
	return &in
}

func Mount(mux *http.ServeMux, k *hooks) {
	mux.HandleFunc("POST /stripe/webhook/succeeded", k.succeeded)
	mux.HandleFunc("POST /stripe/webhook/by-intent", k.byIntent)
	mux.HandleFunc("POST /stripe/webhook/unchecked", k.unchecked)
	mux.HandleFunc("POST /stripe/webhook/decoded", k.decodedOnly)
}

// Silent: stops on a nil event.
func (k *hooks) succeeded(w http.ResponseWriter, r *http.Request) {
	ev, in := k.event(w, r)
	if ev == nil {
		return
	}
	k.markPaid(in.ID)
}

// Silent: stops on the second nil result.
func (k *hooks) byIntent(w http.ResponseWriter, r *http.Request) {
	_, in := k.event(w, r)
	if in != nil {
		k.markPaid(in.ID)
	}
}

// Look-alike: the helper's nil results are never looked at.
func (k *hooks) unchecked(w http.ResponseWriter, r *http.Request) {
	k.event(w, r)
	k.markPaid(r.URL.Query().Get("intent")) // want `payment webhook /stripe/webhook/unchecked acts on the payment`
}

// Look-alike: a nil check of a helper that verifies nothing.
func (k *hooks) decodedOnly(w http.ResponseWriter, r *http.Request) {
	in := decoded(w, r)
	if in == nil {
		return
	}
	k.markPaid(in.ID) // want `payment webhook /stripe/webhook/decoded acts on the payment`
}
