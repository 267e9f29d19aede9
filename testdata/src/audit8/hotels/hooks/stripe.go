package hooks

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// StripeSecret is the endpoint secret, set from the environment in main.
var StripeSecret string

// stripeEvents records captured pay-at-property payments in the ledger.
func (h *Handler) stripeEvents(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), StripeSecret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if ev.Type == stripe.EventTypePaymentIntentSucceeded {
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		_, err := h.DB.ExecContext(r.Context(), // want "\\[webhookdedupe\\] .*inserts a ledger or payment row"
			`INSERT INTO ledger_entries (folio_id, amount, currency, kind) VALUES ($1, $2, $3, 'capture')`,
			pi.Metadata["folio_id"], pi.AmountReceived, string(pi.Currency))
		if err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// stripeRefunds records refunds once per event id.
func (h *Handler) stripeRefunds(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), StripeSecret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	res, err := h.DB.ExecContext(r.Context(),
		`INSERT INTO processed_events (event_id) VALUES ($1) ON CONFLICT (event_id) DO NOTHING`, ev.ID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		w.WriteHeader(http.StatusOK)
		return
	}
	var pi stripe.PaymentIntent
	_ = json.Unmarshal(ev.Data.Raw, &pi)
	h.DB.ExecContext(r.Context(),
		`INSERT INTO ledger_entries (folio_id, amount, currency, kind) VALUES ($1, $2, $3, 'refund')`,
		pi.Metadata["folio_id"], -pi.Amount, string(pi.Currency))
	w.WriteHeader(http.StatusOK)
}
