package hooks

import (
	"context"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit20/sportsclub/domain"
	"audit20/sportsclub/platform"
	"audit20/sportsclub/store"
)

// DirectDebitEvents applies GoCardless payment events to memberships.
type DirectDebitEvents struct {
	Memberships *store.Memberships
}

// HandleEvent is called by the SDK's webhook handler once per event.
func (d *DirectDebitEvents) HandleEvent(e gocardless.Event) error {
	if e.ResourceType != "payments" || e.Links == nil || e.Links.Payment == "" {
		return nil
	}
	ctx := context.Background()
	m, err := d.Memberships.ByPayment(ctx, e.Links.Payment)
	if err != nil {
		platform.L("gocardless").Warn("no membership for payment", "payment", e.Links.Payment, "event", e.Id)
		return nil
	}
	switch e.Action {
	case "confirmed":
		return d.Memberships.Extend(ctx, m.ID) // want "\\[webhookdedupe\\] webhook handler credits the balance \\(store.Memberships.Extend: gorm.DB.Updates: valid_until"
	case "failed", "cancelled", "charged_back":
		return d.Memberships.SetStatus(ctx, m.ID, domain.MembershipLapsed)
	}
	return nil
}

// NewGoCardless returns the webhook endpoint: the SDK checks the
// Webhook-Signature of the body before it hands over any event.
func NewGoCardless(secret string, ms *store.Memberships) (http.Handler, error) {
	return gocardless.NewWebhookHandler(secret, &DirectDebitEvents{Memberships: ms}) // audit: lookalike webhookverify: gocardless.NewWebhookHandler verifies the signature before HandleEvent runs
}
