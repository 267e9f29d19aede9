// Package verifyshapes: more ways webhook handlers enforce the signature —
// a constructor held in a struct field for tests, a local closure, a
// switch on the error, ConstructEventWithOptions, a method check first.
package verifyshapes

import (
	"context"
	"errors"
	"io"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

type Orders struct{}

func (Orders) FulfillOrder(ctx context.Context, id string) error { return nil }
func (Orders) Seen(ctx context.Context, id string) bool          { return false }

type Hooks struct {
	orders    Orders
	secret    string
	construct func(payload []byte, header, secret string) (stripe.Event, error)
}

func NewHooks(secret string) *Hooks {
	return &Hooks{secret: secret, construct: func(p []byte, h, s string) (stripe.Event, error) {
		return webhook.ConstructEvent(p, h, s)
	}}
}

func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/webhooks/stripe", h.fieldVerifier)
	mux.HandleFunc("/webhooks/closure", h.closureVerifier)
	mux.HandleFunc("/webhooks/switch", h.switchVerifier)
	mux.HandleFunc("/webhooks/options", h.optionsVerifier)
}

func (h *Hooks) fieldVerifier(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	defer r.Body.Close()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ev, err := h.construct(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if h.orders.Seen(r.Context(), ev.ID) {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = h.orders.FulfillOrder(r.Context(), ev.ID)
}

func (h *Hooks) closureVerifier(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	verify := func() (stripe.Event, error) {
		return webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	}
	ev, err := verify()
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_ = h.orders.FulfillOrder(r.Context(), ev.ID)
}

var errBadSig = errors.New("bad signature")

func (h *Hooks) switchVerifier(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	switch {
	case errors.Is(err, errBadSig):
		w.WriteHeader(http.StatusUnauthorized)
		return
	case err != nil:
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_ = h.orders.FulfillOrder(r.Context(), ev.ID)
}

func (h *Hooks) optionsVerifier(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ev, err := webhook.ConstructEventWithOptions(body, r.Header.Get("Stripe-Signature"), h.secret,
		webhook.ConstructEventOptions{IgnoreAPIVersionMismatch: true})
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_ = h.orders.FulfillOrder(r.Context(), ev.ID)
}
