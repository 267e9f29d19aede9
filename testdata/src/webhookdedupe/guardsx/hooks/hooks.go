// Package hooks receives Stripe events and credits prepaid wallets,
// asking the service's idempotency and inbox packages whether a delivery
// is new: their answers guard the credit as an insert of the event would.
// Answers that say something else (a customer exists, an invoice was
// found, always yes, a health check) or come from an interface whose
// implementation is not known here guard nothing.
package hooks

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"webhookdedupe/guardsx/idem"
	"webhookdedupe/guardsx/inbox"
	"webhookdedupe/guardsx/ledger"
)

// Deliveries is implemented elsewhere (wired in main).
type Deliveries interface {
	FirstDelivery(ctx context.Context, id string) (bool, error)
}

type Wallets struct {
	db     *sql.DB
	in     *inbox.Inbox
	seen   Deliveries
	secret string
}

func (s *Wallets) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /stripe/webhook/first", s.first)
	mux.HandleFunc("POST /stripe/webhook/admit", s.admit)
	mux.HandleFunc("POST /stripe/webhook/advance", s.advance)
	mux.HandleFunc("POST /stripe/webhook/touch", s.touch)
	mux.HandleFunc("POST /stripe/webhook/enabled", s.enabled)
	mux.HandleFunc("POST /stripe/webhook/invoice", s.invoice)
	mux.HandleFunc("POST /stripe/webhook/ping", s.ping)
	mux.HandleFunc("POST /stripe/webhook/iface", s.iface)
}

// event reads and verifies the delivery; nil after answering 400.
func (s *Wallets) event(w http.ResponseWriter, r *http.Request) *stripe.Event {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return nil
	}
	evt, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), s.secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return nil
	}
	return &evt
}

type topUp struct {
	Customer string `json:"customer"`
	Amount   int64  `json:"amount"`
}

// credit adds the top-up to the customer's wallet.
func (s *Wallets) credit(ctx context.Context, evt *stripe.Event) error {
	var t topUp
	if err := json.Unmarshal(evt.Data.Raw, &t); err != nil {
		return err
	}
	_, err := s.db.ExecContext(ctx, `UPDATE wallets SET balance = balance + $1 WHERE customer = $2`, t.Amount, t.Customer)
	return err
}

func (s *Wallets) first(w http.ResponseWriter, r *http.Request) {
	evt := s.event(w, r)
	if evt == nil {
		return
	}
	first, err := idem.FirstDelivery(r.Context(), s.db, "stripe", evt.ID)
	if err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = s.credit(r.Context(), evt)
}

func (s *Wallets) admit(w http.ResponseWriter, r *http.Request) {
	evt := s.event(w, r)
	if evt == nil {
		return
	}
	if err := s.in.Admit(r.Context(), evt.ID); err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = s.credit(r.Context(), evt)
}

func (s *Wallets) advance(w http.ResponseWriter, r *http.Request) {
	evt := s.event(w, r)
	if evt == nil {
		return
	}
	n, err := idem.Promote(r.Context(), s.db, evt.ID)
	if err == nil && n == 1 {
		_ = s.credit(r.Context(), evt)
	}
}

func (s *Wallets) touch(w http.ResponseWriter, r *http.Request) {
	evt := s.event(w, r)
	if evt == nil {
		return
	}
	known, err := idem.Touch(r.Context(), s.db, evt.ID)
	if err != nil || !known {
		return
	}
	_ = s.credit(r.Context(), evt) // want "webhook handler credits the balance"
}

func (s *Wallets) enabled(w http.ResponseWriter, r *http.Request) {
	evt := s.event(w, r)
	if evt == nil {
		return
	}
	if idem.Enabled(r.Context(), evt.ID) {
		_ = s.credit(r.Context(), evt) // want "webhook handler credits the balance"
	}
}

func (s *Wallets) invoice(w http.ResponseWriter, r *http.Request) {
	evt := s.event(w, r)
	if evt == nil {
		return
	}
	found, err := ledger.SetAmount(r.Context(), s.db, evt.ID, 500)
	if err != nil || !found {
		return
	}
	_ = s.credit(r.Context(), evt) // want "webhook handler credits the balance"
}

func (s *Wallets) ping(w http.ResponseWriter, r *http.Request) {
	evt := s.event(w, r)
	if evt == nil {
		return
	}
	if err := s.in.Ping(r.Context()); err != nil {
		http.Error(w, "down", http.StatusServiceUnavailable)
		return
	}
	_ = s.credit(r.Context(), evt) // want "webhook handler credits the balance"
}

func (s *Wallets) iface(w http.ResponseWriter, r *http.Request) {
	evt := s.event(w, r)
	if evt == nil {
		return
	}
	first, err := s.seen.FirstDelivery(r.Context(), evt.ID)
	if err != nil || !first {
		return
	}
	_ = s.credit(r.Context(), evt) // want "webhook handler credits the balance"
}
