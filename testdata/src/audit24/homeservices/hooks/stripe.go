// Package hooks receives provider notifications.
package hooks

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit24/homeservices/domain"
)

// Bookings is what the hooks write.
type Bookings interface {
	Get(ctx context.Context, id string) (domain.Booking, error)
	ByProviderRef(ctx context.Context, ref string) (domain.Booking, error)
	SetStatus(ctx context.Context, id string, st domain.BookingStatus) error
	MarkDepositPaid(ctx context.Context, id string) error
	MarkPaid(ctx context.Context, id string) error
	CreditPro(ctx context.Context, proID string, cents int64, kind, ref string) error
}

type intent struct {
	ID       string            `json:"id"`
	Amount   int64             `json:"amount"`
	Status   string            `json:"status"`
	Metadata map[string]string `json:"metadata"`
}

// Stripe handles the platform account's payment events.
type Stripe struct {
	bookings Bookings
	secret   string
	log      *slog.Logger
}

// NewStripe builds the handler. The secret is empty in local dev, where
// events come from `stripe trigger` piped through a plain curl.
func NewStripe(bookings Bookings, secret string, log *slog.Logger) *Stripe {
	return &Stripe{bookings: bookings, secret: secret, log: log}
}

func (h *Stripe) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var evt stripe.Event
	if h.secret != "" { // audit: reported at hooks/stripe.go:72, the first paid-state write after the fail-open check (webhookverify): with STRIPE_WEBHOOK_SECRET unset (config.Load allows it) the event is trusted unsigned and marks deposits/bookings paid
		evt, err = webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), h.secret)
	} else {
		err = json.Unmarshal(payload, &evt)
	}
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var pi intent
	if evt.Data != nil {
		_ = json.Unmarshal(evt.Data.Raw, &pi)
	}
	ctx := r.Context()
	switch evt.Type {
	case "payment_intent.amount_capturable_updated":
		b, err := h.bookings.ByProviderRef(ctx, pi.ID)
		if err == nil {
			err = h.bookings.MarkDepositPaid(ctx, b.ID) // want "\\[webhookverify\\] payment webhook Stripe\\.ServeHTTP skips signature verification when the secret"
		}
		if err != nil {
			h.log.Error("deposit hook", "pi", pi.ID, "err", err)
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	case stripe.EventTypePaymentIntentSucceeded:
		b, err := h.bookings.ByProviderRef(ctx, pi.ID)
		if err == nil {
			err = h.bookings.MarkPaid(ctx, b.ID) // want "\\[webhookverify\\] payment webhook Stripe\\.ServeHTTP skips signature verification when the secret"
		}
		if err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// Connect handles events from connected accounts: tips paid straight to a
// pro's account show up here.
type Connect struct {
	bookings Bookings
	secret   string
}

func NewConnect(bookings Bookings, secret string) *Connect {
	if secret == "" {
		panic("hooks: connect webhook secret is required")
	}
	return &Connect{bookings: bookings, secret: secret}
}

func (h *Connect) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if evt.Type != stripe.EventTypePaymentIntentSucceeded {
		w.WriteHeader(http.StatusOK)
		return
	}
	var pi intent
	if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if pi.Metadata["kind"] == "tip" {
		if err := h.bookings.CreditPro(r.Context(), pi.Metadata["pro_id"], pi.Amount, "tip", pi.ID); err != nil { // want "\\[webhookdedupe\\] webhook handler fulfils the order \\(hooks\\.Bookings\\.CreditPro\\) on every delivery"
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
