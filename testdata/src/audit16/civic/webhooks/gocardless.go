package webhooks

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit16/civic/kit"
)

// InstalmentLedger records the outcome of instalment collections.
type InstalmentLedger interface {
	MarkInstalmentPaid(ctx context.Context, paymentID string) error
	MarkInstalmentFailed(ctx context.Context, paymentID string) error
}

// EventRecorder stores provider event ids.
type EventRecorder interface {
	RecordEvent(ctx context.Context, provider, id string) (bool, error)
}

// GoCardless handles GoCardless webhooks for instalment payments.
type GoCardless struct {
	secret string
	events EventRecorder
	plans  InstalmentLedger
}

func NewGoCardless(secret string, events EventRecorder, plans InstalmentLedger) *GoCardless {
	return &GoCardless{secret: secret, events: events, plans: plans}
}

// ServeHTTP serves POST /webhooks/gocardless.
func (h *GoCardless) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := kit.VerifyGoCardless(body, r.Header.Get("Webhook-Signature"), h.secret); err != nil {
		http.Error(w, "invalid signature", 498)
		return
	}
	var env struct {
		Events []gocardless.Event `json:"events"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	for _, ev := range env.Events {
		if ev.ResourceType != "payments" || ev.Links == nil {
			continue
		}
		fresh, err := h.events.RecordEvent(ctx, "gocardless", ev.Id)
		if err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		if !fresh {
			continue
		}
		switch ev.Action {
		case "confirmed":
			err = h.plans.MarkInstalmentPaid(ctx, ev.Links.Payment) // want "\\[webhookverify\\] payment webhook GoCardless.ServeHTTP skips signature verification when the secret is empty"
		case "failed", "cancelled":
			err = h.plans.MarkInstalmentFailed(ctx, ev.Links.Payment)
		}
		if err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}
