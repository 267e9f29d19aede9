package cardreturn

import (
	"context"
	"fmt"
	"html/template"
	"net/http"
	"strconv"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Balances is the SQL ledger.
type Balances interface {
	CreditFiat(ctx context.Context, userID int64, cents int64, currency, ref string) error
}

// Handlers holds the page dependencies.
type Handlers struct {
	Ledger Balances
	Tmpl   *template.Template
}

// LegacyReturn is Stripe's return_url. It trusts redirect_status and the
// amount in the URL and credits the wallet right away.
func (h *Handlers) LegacyReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("redirect_status") != "succeeded" {
		http.Redirect(w, r, "/deposit/card/pending", http.StatusFound)
		return
	}
	userID, _ := strconv.ParseInt(q.Get("uid"), 10, 64)
	cents, _ := strconv.ParseInt(q.Get("amount"), 10, 64)
	if err := h.Ledger.CreditFiat(r.Context(), userID, cents, q.Get("currency"), q.Get("payment_intent")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler"
		http.Error(w, "could not credit", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/wallet?deposited=1", http.StatusFound)
}

// Complete is the fixed return_url: it asks Stripe for the intent and
// credits only what Stripe says was received.
func (h *Handlers) Complete(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("payment_intent")
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		http.Error(w, "lookup failed", http.StatusBadGateway)
		return
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		http.Redirect(w, r, "/deposit/card/pending", http.StatusFound)
		return
	}
	userID, _ := strconv.ParseInt(pi.Metadata["user_id"], 10, 64)
	if err := h.Ledger.CreditFiat(r.Context(), userID, pi.AmountReceived, string(pi.Currency), pi.ID); err != nil {
		http.Error(w, "could not credit", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/wallet?deposited=1", http.StatusFound)
}

// PendingPage only shows a message; the webhook credits the deposit.
func (h *Handlers) PendingPage(w http.ResponseWriter, r *http.Request) {
	status := r.URL.Query().Get("redirect_status")
	msg := "Your deposit is being processed."
	if status == "succeeded" {
		msg = "Payment received! Your balance updates in a minute."
	}
	if h.Tmpl == nil {
		fmt.Fprintln(w, msg)
		return
	}
	_ = h.Tmpl.ExecuteTemplate(w, "pending.html", map[string]string{"Message": msg})
}
