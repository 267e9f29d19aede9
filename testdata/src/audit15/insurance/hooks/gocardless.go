// Package hooks receives the payment providers' and the bank's webhooks.
package hooks

import (
	"context"
	"net/http"
	"time"

	"github.com/RichardKnop/machinery/v1"
	"github.com/RichardKnop/machinery/v1/tasks"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/zeromicro/go-zero/rest"

	"audit15/insurance/policy"
)

// PremiumBook is the part of the policy store the hooks write to.
type PremiumBook interface {
	MarkPremiumPaid(ctx context.Context, providerRef string) error
	PolicyIDByRef(ctx context.Context, ref string) (string, error)
}

// GoCardlessEvents handles GoCardless payment events once the SDK's
// WebhookHandler has checked their signature.
type GoCardlessEvents struct {
	Premiums PremiumBook
	Cover    policy.CoverExtender
	Tasks    *machinery.Server
}

func (h *GoCardlessEvents) HandleEvent(e gocardless.Event) error {
	if e.ResourceType != "payments" || e.Links == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	switch e.Action {
	case "confirmed":
		if err := h.Premiums.MarkPremiumPaid(ctx, e.Links.Payment); err != nil {
			return err
		}
		policyID, err := h.Premiums.PolicyIDByRef(ctx, e.Links.Payment)
		if err != nil {
			return err
		}
		if err := h.Cover.ExtendCover(ctx, policyID); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(policy.CoverExtender.ExtendCover"
			return err
		}
		sig, _ := tasks.NewSignature("premium.receipt", []tasks.Arg{{Type: "string", Value: policyID}})
		_, err = h.Tasks.SendTaskWithContext(ctx, sig)
		return err
	case "failed", "charged_back":
		sig, _ := tasks.NewSignature("premium.dunning", []tasks.Arg{{Type: "string", Value: e.Links.Payment}})
		_, err := h.Tasks.SendTaskWithContext(ctx, sig)
		return err
	}
	return nil
}

// GoCardlessRoutes returns the go-zero routes of the GoCardless webhook.
func GoCardlessRoutes(secret string, ev *GoCardlessEvents) ([]rest.Route, error) {
	wh, err := gocardless.NewWebhookHandler(secret, ev)
	if err != nil {
		return nil, err
	}
	return []rest.Route{{Method: http.MethodPost, Path: "/webhooks/gocardless", Handler: wh.ServeHTTP}}, nil
}
