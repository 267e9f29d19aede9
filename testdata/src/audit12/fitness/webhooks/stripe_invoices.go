package webhooks

import (
	"encoding/json"
	"io"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit12/fitness/store"
)

// InvoiceHooks handles Stripe Billing invoice events of the legacy
// subscription plans.
type InvoiceHooks struct {
	secret      string
	localDev    bool
	memberships *store.Memberships
}

// NewInvoiceHooks builds the handler; localDev accepts unsigned events
// sent by the Stripe CLI fixtures.
func NewInvoiceHooks(secret string, localDev bool, ms *store.Memberships) *InvoiceHooks {
	return &InvoiceHooks{secret: secret, localDev: localDev, memberships: ms}
}

func (h *InvoiceHooks) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<16))
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	var event stripe.Event
	if h.localDev {
		err = json.Unmarshal(body, &event)
	} else {
		event, err = webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	}
	if err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if event.Type != "invoice.paid" {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	var inv stripe.Invoice
	if err := json.Unmarshal(event.Data.Raw, &inv); err != nil {
		http.Error(w, "bad invoice", http.StatusBadRequest)
		return
	}
	if err := h.memberships.ExtendMonth(r.Context(), inv.Metadata["membership_id"]); err != nil { // want "\\[webhookverify\\] payment webhook InvoiceHooks.ServeHTTP verifies the signature only on some paths \\(a condition skips it\\) before store.Memberships.ExtendMonth" "\\[webhookdedupe\\] webhook handler credits the balance \\(store.Memberships.ExtendMonth"
		http.Error(w, "retry later", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
