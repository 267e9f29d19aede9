package checkout

import (
	"net/http"
	"strconv"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
)

// StartCheckout creates the Checkout Session and redirects the buyer.
func (h *Handlers) StartCheckout(w http.ResponseWriter, r *http.Request) {
	ws := r.FormValue("workspace_id")
	plan := r.FormValue("plan")
	params := &stripe.CheckoutSessionParams{
		Mode:              stripe.String(string(stripe.CheckoutSessionModeSubscription)),
		ClientReferenceID: stripe.String(ws),
		SuccessURL:        stripe.String(h.baseURL + "/billing/checkout/success?session_id={CHECKOUT_SESSION_ID}&ws=" + ws + "&plan=" + plan + "&seats=" + r.FormValue("seats")),
		CancelURL:         stripe.String(h.baseURL + "/billing"),
		LineItems:         []*stripe.CheckoutSessionLineItemParams{{Price: stripe.String(plan), Quantity: stripe.Int64(1)}},
	}
	s, err := session.New(params)
	if err != nil {
		http.Error(w, "checkout unavailable", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, s.URL, http.StatusSeeOther)
}

// CheckoutSuccess is where Stripe sends the buyer back after paying.
func (h *Handlers) CheckoutSuccess(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("session_id") == "" {
		http.Redirect(w, r, "/billing", http.StatusFound)
		return
	}
	seats, _ := strconv.Atoi(q.Get("seats"))
	if err := h.accounts.ActivatePlan(r.Context(), q.Get("ws"), q.Get("plan"), seats); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading"
		http.Error(w, "could not activate", http.StatusInternalServerError)
		return
	}
	h.render(w, "welcome.html", q.Get("plan"))
}

// CheckoutDone is the newer return page: it asks Stripe.
func (h *Handlers) CheckoutDone(w http.ResponseWriter, r *http.Request) {
	s, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil {
		http.Error(w, "try again in a moment", http.StatusBadGateway)
		return
	}
	if s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		h.render(w, "pending.html", nil)
		return
	}
	seats, _ := strconv.Atoi(s.Metadata["seats"])
	if err := h.accounts.ActivatePlan(r.Context(), s.ClientReferenceID, s.Metadata["plan"], seats); err != nil {
		http.Error(w, "could not activate", http.StatusInternalServerError)
		return
	}
	h.render(w, "welcome.html", s.Metadata["plan"])
}
