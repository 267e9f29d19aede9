package webhooks

import (
	"context"
	"log/slog"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// FloatCredits raises an employer's float when Direct Debit funding lands.
type FloatCredits interface {
	AddFloat(ctx context.Context, employerID string, amount int64) error
}

// GoCardlessEvents handles GoCardless payment events for employer funding.
type GoCardlessEvents struct {
	gc     *gocardless.Service
	floats FloatCredits
	log    *slog.Logger
}

// NewGoCardless returns the http.Handler for POST /webhooks/gocardless.
// The SDK's handler checks Webhook-Signature before any event is handled.
func NewGoCardless(secret string, gc *gocardless.Service, floats FloatCredits, log *slog.Logger) (http.Handler, error) {
	g := &GoCardlessEvents{gc: gc, floats: floats, log: log}
	return gocardless.NewWebhookHandler(secret, gocardless.EventHandlerFunc(g.handle))
}

func (g *GoCardlessEvents) handle(evt gocardless.Event) error {
	if evt.ResourceType != "payments" || evt.Action != "confirmed" || evt.Links == nil {
		return nil
	}
	ctx := context.Background()
	p, err := g.gc.Payments.Get(ctx, evt.Links.Payment)
	if err != nil {
		return err
	}
	employerID, _ := evt.Metadata["employer_id"].(string)
	if employerID == "" {
		g.log.Warn("gocardless payment without employer", "payment", p.Id)
		return nil
	}
	return g.floats.AddFloat(ctx, employerID, int64(p.Amount))
}
