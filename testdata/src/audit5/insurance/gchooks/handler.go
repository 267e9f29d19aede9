// Package gchooks receives GoCardless webhooks about premium payments.
package gchooks

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// PolicyEvents is what a payment event does to a policy.
type PolicyEvents interface {
	ActivateOnFirstPremium(ctx context.Context, paymentID string) error
	ExtendCover(ctx context.Context, paymentID string, pence int) error
	MarkPremiumFailed(ctx context.Context, paymentID string) error
}

type Handler struct {
	Policies PolicyEvents
}

type envelope struct {
	Events []gocardless.Event `json:"events"`
}

func (h *Handler) apply(ctx context.Context, ev gocardless.Event) error {
	if ev.ResourceType != "payments" || ev.Links == nil {
		return nil
	}
	switch ev.Action {
	case "confirmed":
		if err := h.Policies.ActivateOnFirstPremium(ctx, ev.Links.Payment); err != nil { // webhookack (reported at the binding, server/routes.go:24): policy.Store.ActivateOnFirstPremium (wired in server) mails the customer through the relay before the webhook answers
			return err
		}
		pence, _ := ev.Metadata["amount_pence"].(float64)
		return h.Policies.ExtendCover(ctx, ev.Links.Payment, int(pence)) // webhookdedupe (reported at the binding, server/routes.go:24): policy.Store.ExtendCover (wired in server) inserts a premium_ledger row and pushes paid_until a month on every delivery of the confirmed event
	case "failed":
		return h.Policies.MarkPremiumFailed(ctx, ev.Links.Payment)
	}
	return nil
}

// Payments is mounted by the server package.
func (h *Handler) Payments(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	var env envelope
	if err := json.Unmarshal(body, &env); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return
	}
	for _, ev := range env.Events {
		if err := h.apply(r.Context(), ev); err != nil {
			log.Printf("gocardless event %s: %v", ev.Id, err)
			http.Error(w, "retry later", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}
