package webhooks

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit14/cowork/members"
	"audit14/cowork/platform"
)

// DoorProvisioner gives a member's key card access to the building.
type DoorProvisioner interface {
	Provision(ctx context.Context, memberID string) error
}

// GoCardless handles GoCardless payment events for memberships.
type GoCardless struct {
	secret  string
	members *members.Events
	doors   DoorProvisioner
}

// NewGoCardless returns the GoCardless webhook handler.
func NewGoCardless(secret string, m *members.Events, doors DoorProvisioner) *GoCardless {
	return &GoCardless{secret: secret, members: m, doors: doors}
}

type gcPayload struct {
	Events []gocardless.Event `json:"events"`
}

func (h *GoCardless) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if h.secret != "" {
		if !platform.HMACHex(body, r.Header.Get("Webhook-Signature"), h.secret) {
			w.WriteHeader(498) // GoCardless' "invalid token"
			return
		}
	}
	var p gcPayload
	if err := json.Unmarshal(body, &p); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	for _, ev := range p.Events {
		if ev.ResourceType != "payments" || ev.Links == nil {
			continue
		}
		switch ev.Action {
		case "confirmed":
			m, err := h.members.PaymentConfirmed(ctx, ev.Links.Payment) // want "\\[webhookdedupe\\] webhook handler extends the subscription \\(members.Events.PaymentConfirmed: store.Members.SetPaidThrough: paid_through \\+ period\\)" "\\[webhookverify\\] payment webhook GoCardless.ServeHTTP skips signature verification when the secret is empty"
			if err != nil {
				log.Printf("gocardless webhook: %s: %v", ev.Id, err)
				continue
			}
			if m.Status != "active" {
				if err := h.doors.Provision(ctx, m.MemberID); err != nil { // audit: reported at cmd/server/main.go:101 (webhookack, where main binds access.Doors; its POST retried by platform.Retry: i16_helperslow.go, wire_bind.go slow): h.doors is a DoorProvisioner interface wired in main to access.Doors, whose Provision POSTs to the door controller through platform.Retry (up to 5 attempts, waits up to 20s) before the 204 is sent (Exirom "Respond 200 first, process async")
					log.Printf("gocardless webhook: doors %s: %v", m.MemberID, err)
				}
			}
		case "failed", "charged_back":
			if err := h.members.PaymentFailed(ctx, ev.Links.Payment); err != nil {
				log.Printf("gocardless webhook: %s: %v", ev.Id, err)
			}
		}
	}
	w.WriteHeader(http.StatusNoContent)
}
