// Package hooks receives the payment providers' webhooks.
package hooks

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"

	"audit11/crowdfunding/domain"
	"audit11/crowdfunding/stripepay"
)

// EventClaims records handled deliveries.
type EventClaims interface {
	Claim(ctx context.Context, provider, eventID string) (bool, error)
	Release(ctx context.Context, provider, eventID string) error
}

// Stripe handles Stripe webhooks: pledge intents on the platform account
// and transfers to connected creator accounts.
type Stripe struct {
	secret    string
	events    EventClaims
	pledges   domain.PledgeStore
	campaigns domain.CampaignStore
	backing   domain.Backing
	mail      domain.Mailer
	log       *slog.Logger
}

func NewStripe(secret string, events EventClaims, pledges domain.PledgeStore, campaigns domain.CampaignStore,
	backing domain.Backing, mail domain.Mailer, log *slog.Logger) *Stripe {
	return &Stripe{secret: secret, events: events, pledges: pledges, campaigns: campaigns, backing: backing, mail: mail, log: log}
}

// Payments handles the platform account's PaymentIntent events.
func (h *Stripe) Payments(w http.ResponseWriter, r *http.Request) {
	ev, err := stripepay.ParseWebhook(r, h.secret)
	if err != nil {
		http.Error(w, "invalid signature", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	first, err := h.events.Claim(ctx, "stripe", ev.ID)
	if err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	if !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.apply(ctx, ev); err != nil { // want "\\[webhookack\\] webhook handler calls hooks.Stripe.apply, which sends a message \\(domain.Mailer.Send\\) before answering"
		h.log.Error("stripe event", "id", ev.ID, "type", ev.Type, "err", err)
		_ = h.events.Release(ctx, "stripe", ev.ID)
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (h *Stripe) apply(ctx context.Context, ev stripe.Event) error {
	pi, err := stripepay.IntentOf(ev)
	if err != nil {
		return err
	}
	p, err := h.pledges.ByProviderRef(ctx, pi.ID)
	if err != nil {
		return err
	}
	switch ev.Type {
	case "payment_intent.amount_capturable_updated":
		if err := h.backing.Confirm(ctx, p.ID); err != nil {
			return err
		}
		return h.mail.Send(ctx, p.BackerEmail, "Thanks for backing!",
			fmt.Sprintf("Your pledge of %.2f %s is in. You will be charged only if the campaign is funded.",
				float64(p.AmountCents)/100, p.Currency))
	case stripe.EventTypePaymentIntentSucceeded:
		return h.pledges.SetStatus(ctx, p.ID, domain.PledgeCollected)
	case stripe.EventTypePaymentIntentPaymentFailed, "payment_intent.canceled":
		return h.pledges.SetStatus(ctx, p.ID, domain.PledgeReleased)
	}
	return nil
}

// Connect handles events of connected creator accounts.
func (h *Stripe) Connect(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 64<<10))
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	var ev stripe.Event
	if err := json.Unmarshal(body, &ev); err != nil || ev.Data == nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	switch ev.Type {
	case "transfer.created", "transfer.reversed":
		var tr stripe.Transfer
		if err := json.Unmarshal(ev.Data.Raw, &tr); err != nil {
			http.Error(w, "bad transfer", http.StatusBadRequest)
			return
		}
		p, err := h.campaigns.PayoutByRef(ctx, tr.ID)
		if err != nil {
			h.log.Warn("transfer for unknown payout", "transfer", tr.ID)
			w.WriteHeader(http.StatusOK)
			return
		}
		if ev.Type == "transfer.reversed" {
			p.Status = "reversed"
			_ = h.campaigns.SavePayout(ctx, p)
			break
		}
		p.Status = "paid"
		if err := h.campaigns.SavePayout(ctx, p); err != nil {
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
		if err := h.campaigns.AddPaidOut(ctx, p.CreatorID, tr.Amount); err != nil {
			h.log.Error("paid-out total", "creator", p.CreatorID, "err", err)
		}
	}
	w.WriteHeader(http.StatusOK)
}
