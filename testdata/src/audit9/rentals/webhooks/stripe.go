package webhooks

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"

	"audit9/rentals/achpay"
	"audit9/rentals/ledger"
)

// Stripe handles payment_intent events of ACH rent debits.
type Stripe struct {
	charges Charges
	mail    Mailer
	secret  string
	log     *slog.Logger
}

// NewStripe returns the Stripe webhook handler.
func NewStripe(charges Charges, mail Mailer, secret string, log *slog.Logger) *Stripe {
	return &Stripe{charges: charges, mail: mail, secret: secret, log: log}
}

func (h *Stripe) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	event, err := achpay.ParseEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(event.Data.Raw, &pi); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	c, err := h.charges.ChargeByProviderRef(ctx, pi.ID)
	if err != nil {
		h.log.Warn("stripe event for unknown intent", "intent", pi.ID, "event", event.ID)
		w.WriteHeader(http.StatusOK)
		return
	}
	switch event.Type {
	case stripe.EventTypePaymentIntentSucceeded:
		if err := h.charges.MarkChargePaid(ctx, c.ID); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		if err := h.charges.PostEntry(ctx, ledger.Entry{ // webhookdedupe (reported at the binding, cmd/rentald/main.go:98): Charges.PostEntry (ledger.Store: INSERT INTO ledger_entries) runs on every delivery of payment_intent.succeeded with no event-id guard, so a redelivery books the rent twice (Exirom "Not deduplicating webhooks", KeyStone "handle webhooks idempotently")
			ChargeID: c.ID, Account: "tenant_receivable", Amount: -pi.AmountReceived,
			Currency: string(pi.Currency), Memo: "ACH " + pi.ID,
		}); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		if err := h.charges.QueueDisbursement(ctx, c.ID); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		if lease, err := h.charges.Lease(ctx, c.LeaseID); err == nil {
			if err := h.mail.SendReceipt(ctx, lease.TenantEmail, c); err != nil { // want "\\[webhookdedupe\\] webhook handler sends a message \\(webhooks.Mailer.SendReceipt\\) on every delivery" "\\[webhookack\\] webhook handler sends a message \\(webhooks.Mailer.SendReceipt\\) before answering"
				h.log.Warn("receipt", "charge", c.ID, "err", err)
			}
		}
	case stripe.EventTypePaymentIntentPaymentFailed:
		if err := h.charges.MarkChargeFailed(ctx, c.ID, "ach_failed"); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
