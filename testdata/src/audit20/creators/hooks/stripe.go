package hooks

import (
	"encoding/json"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

const evtInvoicePaid stripe.EventType = "invoice.paid"

type invoicePaid struct {
	ID            string `json:"id"`
	Subscription  string `json:"subscription"`
	BillingReason string `json:"billing_reason"`
	AmountPaid    int64  `json:"amount_paid"`
	Currency      string `json:"currency"`
}

// Stripe handles the platform account's events. POST /hooks/stripe
func (h *Handlers) Stripe(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, err := readBody(r)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.Secrets.Stripe)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}

	switch ev.Type {
	case stripe.EventTypeCheckoutSessionCompleted:
		var s stripe.CheckoutSession
		if err := json.Unmarshal(ev.Data.Raw, &s); err != nil {
			http.Error(w, "payload", http.StatusBadRequest)
			return
		}
		if s.Mode == stripe.CheckoutSessionModeSubscription {
			var ref struct {
				Subscription string `json:"subscription"`
			}
			_ = json.Unmarshal(ev.Data.Raw, &ref)
			if err := h.Members.Activate(ctx, s.Metadata["fan_id"], s.Metadata["tier_id"], "stripe", ref.Subscription); err != nil { // audit: lookalike webhookdedupe: Activate is an upsert to status active; a second delivery changes nothing
				http.Error(w, "store", http.StatusInternalServerError)
				return
			}
			w.WriteHeader(http.StatusOK)
			return
		}
		if s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
			w.WriteHeader(http.StatusOK)
			return
		}
		first, err := h.Dedupe.First(ctx, "stripe:"+ev.ID)
		if err != nil {
			http.Error(w, "dedupe", http.StatusInternalServerError)
			return
		}
		if !first {
			w.WriteHeader(http.StatusOK)
			return
		}
		if err := h.Purchases.Grant(ctx, s.ClientReferenceID); err != nil { // audit: lookalike webhookverify: webhook.ConstructEvent is checked and the handler returns 400 before any effect
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		p, err := h.Purchases.Get(ctx, s.ClientReferenceID)
		if err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		if err := h.Earnings.Add(ctx, p.CreatorID, p.AmountCents, p.Currency, "stripe:"+s.ID); err != nil { // audit: lookalike webhookdedupe: reached only for an event id Redis SETNX saw for the first time
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		if err := h.Mail.SendDownloadLink(p.FanEmail, p.CreatorID, h.downloadsURL+"/"+p.ID); err != nil { // want "\\[webhookack\\] webhook handler calls notify\\.Mailer\\.SendDownloadLink, which sends a message"
			h.Log.Warn("download mail", "purchase", p.ID, "err", err)
		}
		w.WriteHeader(http.StatusOK)

	case evtInvoicePaid:
		var inv invoicePaid
		if err := json.Unmarshal(ev.Data.Raw, &inv); err != nil {
			http.Error(w, "payload", http.StatusBadRequest)
			return
		}
		if inv.BillingReason == "subscription_cycle" {
			if err := h.Members.ExtendPeriod(ctx, inv.Subscription, 1); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(store\\.Memberships\\.ExtendPeriod: paid"
				http.Error(w, "store", http.StatusInternalServerError)
				return
			}
		}
		w.WriteHeader(http.StatusOK)

	default:
		w.WriteHeader(http.StatusOK)
	}
}
