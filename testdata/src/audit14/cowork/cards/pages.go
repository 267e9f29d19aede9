package cards

import (
	"fmt"
	"html/template"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"audit14/cowork/store"
)

var completeTmpl = template.Must(template.New("complete").Parse(
	`<h1>{{if .OK}}Booking confirmed{{else}}Payment not completed{{end}}</h1><p>{{.Amount}}</p>`))

// Pages serves the booking pages Stripe sends the member back to.
type Pages struct {
	bookings *store.Bookings
}

// NewPages returns the booking pages.
func NewPages(b *store.Bookings) *Pages { return &Pages{bookings: b} }

// Complete is the return_url of the booking PaymentIntent:
// /bookings/{id}/complete?payment_intent=pi_...&redirect_status=succeeded
func (p *Pages) Complete(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	b, err := p.bookings.Get(ctx, chi.URLParam(r, "id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	pi, err := paymentintent.Get(r.URL.Query().Get("payment_intent"), nil)
	if err != nil {
		http.Error(w, "could not load payment", http.StatusBadGateway)
		return
	}
	ok := r.URL.Query().Get("redirect_status") == "succeeded"
	if ok && b.Status == store.BookingPending {
		if err := p.bookings.MarkConfirmed(ctx, b.ID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
	}
	amount := fmt.Sprintf("%.2f %s", float64(pi.Amount)/100, pi.Currency)
	_ = completeTmpl.Execute(w, map[string]any{"OK": ok, "Amount": amount})
}
