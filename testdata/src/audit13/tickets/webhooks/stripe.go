package webhooks

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"
	stripe "github.com/stripe/stripe-go/v82"

	"audit13/tickets/orders"
	"audit13/tickets/sigcheck"
	"audit13/tickets/store"
)

// StripeHooks handles Stripe Connect events about seller payouts.
type StripeHooks struct {
	Secret   string
	Redis    *redis.Client
	Listings *store.Listings
	Mail     *orders.Mailer
	Sellers  interface {
		EmailFor(account string) (string, error)
	}
	Log *slog.Logger
}

type payoutObject struct {
	ID       string `json:"id"`
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
	Status   string `json:"status"`
}

// Payouts is the handler of the platform's Stripe endpoint.
func (h *StripeHooks) Payouts(w http.ResponseWriter, r *http.Request) {
	ev, err := sigcheck.StripeEvent(r, h.Secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	first, err := h.Redis.SetNX(r.Context(), "stripe:evt:"+ev.ID, 1, 72*time.Hour).Result()
	if err != nil {
		http.Error(w, "redis", http.StatusInternalServerError)
		return
	}
	if !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.apply(r, ev); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if ev.Type == "payout.paid" {
		var po payoutObject
		_ = json.Unmarshal(ev.Data.Raw, &po)
		if email, err := h.Sellers.EmailFor(ev.Account); err == nil {
			if err := h.Mail.SendPayoutNotice(email, po.Amount, po.Currency); err != nil { // want "\\[webhookack\\] webhook handler calls orders.Mailer.SendPayoutNotice, which calls orders.Mailer.send, which sends a message"
				h.Log.Warn("payout notice", "payout", po.ID, "err", err)
			}
		}
	}
	w.WriteHeader(http.StatusOK)
}

func (h *StripeHooks) apply(r *http.Request, ev stripe.Event) error {
	switch ev.Type {
	case "payout.paid", "payout.failed", "payout.canceled":
		var po payoutObject
		if err := json.Unmarshal(ev.Data.Raw, &po); err != nil {
			return err
		}
		return h.Listings.SetPayoutStatus(r.Context(), po.ID, po.Status)
	}
	return nil
}

// PayoutEvents receives the payout events of our sellers' connected
// accounts.
func (h *StripeHooks) PayoutEvents(w http.ResponseWriter, r *http.Request) {
	var ev stripe.Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if err := h.apply(r, ev); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
