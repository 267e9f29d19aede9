// Package namedevent: webhooks whose routes and names say nothing about
// payments; the type the body is decoded into does (ChargeNotification),
// so a use case named as a paid state and handed it acts on the payment.
// A pub/sub push (SubscriptionEvent) or a build event is no payment's.
package namedevent

import (
	"context"
	"encoding/json"
	"net/http"
)

type ChargeNotification struct {
	ID     string `json:"id"`
	Charge string `json:"charge"`
	Cents  int64  `json:"cents"`
}

type SubscriptionEvent struct {
	Subscription string `json:"subscription"`
	Message      struct {
		Data string `json:"data"`
	} `json:"message"`
}

// Charges applies provider events; implemented in a package wired in main.
type Charges interface {
	OnChargeSucceeded(ctx context.Context, n ChargeNotification) error
}

// Topics applies pub/sub pushes; implemented elsewhere too.
type Topics interface {
	HandleCompleted(ctx context.Context, e SubscriptionEvent) error
}

type Hooks struct {
	charges Charges
	topics  Topics
}

func (h *Hooks) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/acme/v2", h.Acme)
	mux.HandleFunc("POST /webhooks/pubsub/push", h.Push)
}

// Acme trusts the posted notification.
func (h *Hooks) Acme(w http.ResponseWriter, r *http.Request) {
	var n ChargeNotification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	_ = h.charges.OnChargeSucceeded(r.Context(), n) // want `payment webhook /webhooks/acme/v2 acts on the payment \(namedevent.Charges.OnChargeSucceeded\) without verifying`
}

// Push: a pub/sub subscription's push, whatever the use case is named.
func (h *Hooks) Push(w http.ResponseWriter, r *http.Request) {
	var e SubscriptionEvent
	if err := json.NewDecoder(r.Body).Decode(&e); err != nil {
		return
	}
	_ = h.topics.HandleCompleted(r.Context(), e)
}
