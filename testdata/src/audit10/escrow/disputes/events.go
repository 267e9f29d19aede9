// Package disputes reacts to Stripe disputes and refunds on funded milestones.
package disputes

import (
	"encoding/json"
	"net/http"

	"github.com/stripe/stripe-go/v82"

	"audit10/escrow/domain"
	"audit10/escrow/signing"
)

// Events handles dispute and refund notifications. The routes are mounted
// behind the Stripe signature middleware.
type Events struct {
	milestones domain.MilestoneStore
	ledger     domain.Ledger
}

// New returns the dispute event handlers.
func New(ms domain.MilestoneStore, l domain.Ledger) *Events {
	return &Events{milestones: ms, ledger: l}
}

// Disputed freezes the milestone's funds while the dispute is open.
func (e *Events) Disputed(w http.ResponseWriter, r *http.Request) {
	evt, ok := signing.EventFrom(r.Context())
	if !ok {
		http.Error(w, "no event", http.StatusBadRequest)
		return
	}
	var ch stripe.Charge
	if err := json.Unmarshal(evt.Data.Raw, &ch); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if err := e.milestones.Freeze(r.Context(), ch.Metadata["milestone_id"], string(evt.Type)); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Refunded records a refund issued from the dashboard after a dispute.
func (e *Events) Refunded(w http.ResponseWriter, r *http.Request) {
	var evt stripe.Event
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if evt.Type != "charge.refunded" {
		w.WriteHeader(http.StatusOK)
		return
	}
	var ch stripe.Charge
	if err := json.Unmarshal(evt.Data.Raw, &ch); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	msID := ch.Metadata["milestone_id"]
	if err := e.milestones.MarkRefunded(r.Context(), msID); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if err := e.ledger.Append(r.Context(), domain.LedgerEntry{
		MilestoneID: msID, Kind: "refund", AmountCents: -ch.Amount, Currency: string(ch.Currency), ProviderRef: ch.ID,
	}); err != nil {
		http.Error(w, "ledger", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
