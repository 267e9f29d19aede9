// Package stripedispatch: a Stripe webhook verified with
// webhook.ConstructEvent, then dispatched by event type through a map of
// methods or a switch to methods on a service.
package stripedispatch

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

type Billing struct {
	secret   string
	handlers map[stripe.EventType]func(context.Context, stripe.Event) error
}

func NewBilling(secret string) *Billing {
	b := &Billing{secret: secret}
	b.handlers = map[stripe.EventType]func(context.Context, stripe.Event) error{
		stripe.EventTypeCheckoutSessionCompleted: b.onCheckoutCompleted,
		stripe.EventTypePaymentIntentSucceeded:   b.onPaymentSucceeded,
	}
	return b
}

func (b *Billing) fulfillOrder(ctx context.Context, ref string) error   { return nil }
func (b *Billing) markInvoicePaid(ctx context.Context, id string) error { return nil }

func (b *Billing) onCheckoutCompleted(ctx context.Context, ev stripe.Event) error {
	var s stripe.CheckoutSession
	if err := json.Unmarshal(ev.Data.Raw, &s); err != nil {
		return err
	}
	return b.fulfillOrder(ctx, s.ClientReferenceID)
}

func (b *Billing) onPaymentSucceeded(ctx context.Context, ev stripe.Event) error {
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		return err
	}
	return b.markInvoicePaid(ctx, pi.Metadata["invoice_id"])
}

// ServeHTTP is mounted at /stripe/webhook.
func (b *Billing) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 65536))
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), b.secret)
	if err != nil {
		slog.Warn("stripe webhook signature", "err", err)
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h, ok := b.handlers[event.Type]
	if !ok {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h(r.Context(), event); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (b *Billing) HandleWebhook(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), b.secret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	if err := b.dispatch(r.Context(), event); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
}

func (b *Billing) dispatch(ctx context.Context, event stripe.Event) error {
	switch event.Type {
	case stripe.EventTypeCheckoutSessionCompleted:
		return b.onCheckoutCompleted(ctx, event)
	case stripe.EventTypePaymentIntentSucceeded:
		return b.onPaymentSucceeded(ctx, event)
	}
	return nil
}

func Routes(b *Billing) *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("POST /stripe/webhook", b)
	mux.HandleFunc("POST /webhooks/stripe", b.HandleWebhook)
	return mux
}
