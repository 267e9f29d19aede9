// Package shop serves the shop's pages on a ServeMux; it does not import
// the checkout package, which main wires in.
package shop

import (
	"context"
	"net/http"

	"github.com/stripe/stripe-go/v82"
)

// Sessions reads a checkout session back from Stripe.
type Sessions interface {
	Session(id string) (*stripe.CheckoutSession, error)
}

// Orders is the order store.
type Orders interface {
	SessionOf(ctx context.Context, orderID string) (string, error)
	MarkPaid(ctx context.Context, orderID string) error
}

// Pages renders the pages.
type Pages struct {
	sessions Sessions
	orders   Orders
}

// NewPages returns Pages.
func NewPages(s Sessions, o Orders) *Pages { return &Pages{sessions: s, orders: o} }

// Routes registers the pages.
func (p *Pages) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /kasse/fertig", p.Fertig)
	mux.HandleFunc("GET /gutschein/fertig", p.Gutschein)
	mux.HandleFunc("GET /kasse/abbruch", p.Abbruch)
	mux.HandleFunc("GET /konto/bestellung", p.Bestellung)
}

// Fertig reads the session back but marks the order paid whatever its
// payment_status says.
func (p *Pages) Fertig(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	order := r.URL.Query().Get("order")
	sid, err := p.orders.SessionOf(ctx, order)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	s, err := p.sessions.Session(sid)
	if err != nil {
		http.Error(w, "bitte neu laden", http.StatusBadGateway)
		return
	}
	if err := p.orders.MarkPaid(ctx, s.ClientReferenceID); err != nil {
		http.Error(w, "bitte neu laden", http.StatusInternalServerError)
		return
	}
	_, _ = w.Write([]byte("danke"))
}

// Gutschein marks the voucher paid only when the session is paid.
func (p *Pages) Gutschein(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	order := r.URL.Query().Get("order")
	sid, err := p.orders.SessionOf(ctx, order)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	s, err := p.sessions.Session(sid)
	if err != nil {
		http.Error(w, "bitte neu laden", http.StatusBadGateway)
		return
	}
	if s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid {
		if err := p.orders.MarkPaid(ctx, order); err != nil {
			http.Error(w, "bitte neu laden", http.StatusInternalServerError)
			return
		}
	}
	_, _ = w.Write([]byte("danke"))
}

// Abbruch is the cancel URL's page: it only shows the session.
func (p *Pages) Abbruch(w http.ResponseWriter, r *http.Request) {
	s, err := p.sessions.Session(r.URL.Query().Get("order"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	_, _ = w.Write([]byte("abgebrochen: " + s.ID))
}

// Bestellung is the account's order page, on no URL handed to Stripe.
func (p *Pages) Bestellung(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	order := r.URL.Query().Get("order")
	sid, err := p.orders.SessionOf(ctx, order)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	s, err := p.sessions.Session(sid)
	if err != nil {
		http.Error(w, "bitte neu laden", http.StatusBadGateway)
		return
	}
	if err := p.orders.MarkPaid(ctx, s.ClientReferenceID); err != nil {
		http.Error(w, "bitte neu laden", http.StatusInternalServerError)
		return
	}
	_, _ = w.Write([]byte(string(s.PaymentStatus)))
}
