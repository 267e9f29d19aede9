package stripehooks

import (
	"encoding/json"
	"io"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// invoices handles invoice.paid: every paid invoice of a seat-based plan
// adds the seats bought on it to the workspace.
func (h *Hooks) invoices(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	if evt.Type != "invoice.paid" {
		w.WriteHeader(http.StatusOK)
		return
	}
	var inv stripe.Invoice
	if err := json.Unmarshal(evt.Data.Raw, &inv); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return
	}
	seats := inv.Metadata["added_seats"]
	ws := inv.Metadata["workspace_id"]
	h.db.MustExecContext(r.Context(), `UPDATE workspaces SET seats = seats + $1 WHERE id = $2`, seats, ws) // want "\\[webhookdedupe\\] webhook handler credits the balance"
	w.WriteHeader(http.StatusOK)
}

// subscriptions handles customer.subscription.created: it provisions the
// tenant and mails the admin before answering.
func (h *Hooks) subscriptions(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	ws, _ := evt.Data.Object["metadata"].(map[string]any)
	wsID, _ := ws["workspace_id"].(string)
	res, err := h.db.ExecContext(r.Context(),
		`INSERT INTO processed_events (id) VALUES ($1) ON CONFLICT DO NOTHING`, evt.ID)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.provisioner.ProvisionTenant(wsID, "team"); err != nil { // want "\\[webhookack\\] webhook handler calls stripehooks.Provisioner.ProvisionTenant"
		http.Error(w, "provisioning", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
