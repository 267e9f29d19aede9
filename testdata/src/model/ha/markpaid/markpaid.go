// Package markpaid: a concert promoter's ticket return pages store the
// order's paid state through a use case wired elsewhere (MarkPaid,
// MarkFunded), once after testing nothing the provider answered and once
// on the query's own word.
package markpaid

import (
	"context"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Orders is the ticket-order use case.
type Orders interface {
	MarkPaid(ctx context.Context, order string) error
	MarkFunded(ctx context.Context, order, intent string) error
	MarkPaidReminderSent(ctx context.Context, order string) error
	MarkViewed(ctx context.Context, order string) error
}

type Pages struct{ orders Orders }

func (p *Pages) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /tickets/checkout/return", p.readNotTested)
	mux.HandleFunc("GET /tickets/checkout/success", p.queryStatus)
	mux.HandleFunc("GET /tickets/checkout/complete", p.tested)
	mux.HandleFunc("GET /tickets/checkout/reminded", p.reminder)
	mux.HandleFunc("GET /tickets/checkout/seen", p.viewed)
}

// readNotTested reads the intent back and marks the order funded whatever
// its status.
func (p *Pages) readNotTested(w http.ResponseWriter, r *http.Request) {
	pi, err := paymentintent.Get(r.URL.Query().Get("payment_intent"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	_ = p.orders.MarkFunded(r.Context(), pi.Metadata["order"], pi.ID) // want `order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid`
}

// queryStatus trusts the redirect's own status parameter.
func (p *Pages) queryStatus(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("redirect_status") != "succeeded" {
		http.Redirect(w, r, "/tickets/failed", http.StatusSeeOther)
		return
	}
	_ = p.orders.MarkPaid(r.Context(), q.Get("order")) // want `order fulfilled in the success-redirect handler from the query string`
}

// ---- silent ---------------------------------------------------------------------

// tested marks the order paid only for a succeeded intent.
func (p *Pages) tested(w http.ResponseWriter, r *http.Request) {
	pi, err := paymentintent.Get(r.URL.Query().Get("payment_intent"), nil)
	if err != nil || pi.Status != stripe.PaymentIntentStatusSucceeded {
		http.Redirect(w, r, "/tickets/pending", http.StatusSeeOther)
		return
	}
	_ = p.orders.MarkPaid(r.Context(), pi.Metadata["order"])
}

// reminder records that a payment reminder went out: no paid state.
func (p *Pages) reminder(w http.ResponseWriter, r *http.Request) {
	pi, err := paymentintent.Get(r.URL.Query().Get("payment_intent"), nil)
	if err != nil {
		return
	}
	_ = p.orders.MarkPaidReminderSent(r.Context(), pi.Metadata["order"])
}

// viewed records that the buyer saw the page: no paid state.
func (p *Pages) viewed(w http.ResponseWriter, r *http.Request) {
	pi, err := paymentintent.Get(r.URL.Query().Get("payment_intent"), nil)
	if err != nil {
		return
	}
	_ = p.orders.MarkViewed(context.Background(), pi.Metadata["order"])
}
