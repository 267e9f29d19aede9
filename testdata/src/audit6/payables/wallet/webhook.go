package wallet

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// Register mounts the Stripe endpoint on the public mux.
func (s *Service) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/stripe", s.HandleStripe)
	mux.HandleFunc("POST /webhooks/stripe/refunds", s.HandleStripeRefund)
}

// HandleStripe credits the wallet once Stripe says the card top-up
// succeeded.
func (s *Service) HandleStripe(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 65536))
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET"))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if ev.Type != stripe.EventTypePaymentIntentSucceeded {
		w.WriteHeader(http.StatusOK)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	orgID := pi.Metadata["org_id"]
	_, err = s.db.ExecContext(r.Context(), // want "\\[webhookdedupe\\] webhook handler credits the balance"
		`UPDATE wallets SET balance = balance + $1, updated_at = now() WHERE org_id = $2`,
		pi.AmountReceived, orgID)
	if err != nil {
		log.Printf("wallet credit %s: %v", pi.ID, err)
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// HandleStripeRefund records a refunded top-up; the UPDATE only moves a
// top-up still marked succeeded, so a repeat changes nothing.
func (s *Service) HandleStripeRefund(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 65536))
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET"))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var ch stripe.Charge
	if err := json.Unmarshal(ev.Data.Raw, &ch); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	res, err := s.db.ExecContext(r.Context(),
		`UPDATE topups SET status = 'refunded' WHERE charge_id = $1 AND status = 'succeeded'`, ch.ID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 1 {
		_, err = s.db.ExecContext(r.Context(),
			`UPDATE wallets SET balance = balance - $1 WHERE org_id = $2`, ch.Amount, ch.Metadata["org_id"])
		if err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
