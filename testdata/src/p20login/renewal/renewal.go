// Package renewal charges a subscriber's saved card again when Stripe
// notifies the renewal (net/http).
package renewal

import (
	"encoding/json"
	"io"
	"net/http"
	"os"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/webhook"
)

type Shop struct{}

// Renew (RenewalChargeP20): Stripe's renewal notification, verified by
// its signature, charges the saved card again before answering: still a
// webhook, still reported.
func (s *Shop) Renew(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	ev, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET"))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var sub struct {
		Customer string `json:"customer"`
		Amount   int64  `json:"amount"`
	}
	json.Unmarshal(ev.Data.Raw, &sub)
	paymentintent.New(&stripe.PaymentIntentParams{ // want `webhook handler (calls|sends a payment write)`
		Amount:   stripe.Int64(sub.Amount),
		Currency: stripe.String("eur"),
		Customer: stripe.String(sub.Customer),
		Confirm:  stripe.Bool(true),
	})
	w.WriteHeader(http.StatusOK)
}

// Mount registers the hook.
func Mount(mux *http.ServeMux, s *Shop) {
	mux.HandleFunc("/stripe/renewals", s.Renew)
}
