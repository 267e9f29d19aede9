// Package verifyshapes: a local verifying closure or a verifier held in a
// struct field counts as verification only where its failure returns.
package verifyshapes

import (
	"context"
	"io"
	"log"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

type Orders struct{}

func (Orders) FulfillOrder(ctx context.Context, id string) error { return nil }

type Hooks struct {
	orders    Orders
	secret    string
	construct func(payload []byte, header, secret string) (stripe.Event, error)
}

func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/webhooks/stripe", h.fieldLogged)
	mux.HandleFunc("/webhooks/closure", h.closureLogged)
}

func (h *Hooks) fieldLogged(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ev, err := h.construct(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		log.Printf("signature: %v", err)
	}
	_ = h.orders.FulfillOrder(r.Context(), ev.ID) // want `payment webhook /webhooks/stripe verifies the signature but carries on when it fails`
}

func (h *Hooks) closureLogged(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	verify := func() (stripe.Event, error) {
		return webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	}
	ev, err := verify()
	if err != nil {
		log.Printf("signature: %v", err)
	}
	_ = h.orders.FulfillOrder(r.Context(), ev.ID) // want `payment webhook /webhooks/closure verifies the signature but carries on when it fails`
}
