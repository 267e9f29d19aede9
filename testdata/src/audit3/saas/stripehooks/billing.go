package stripehooks

import (
	"encoding/json"
	"io"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// billing is the current endpoint: verified, deduplicated on the event id,
// answered at once; provisioning and mail run in the job worker.
func (h *Hooks) billing(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	res, err := h.db.ExecContext(r.Context(),
		`INSERT INTO processed_events (id, type) VALUES ($1, $2) ON CONFLICT DO NOTHING`, evt.ID, evt.Type)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		w.WriteHeader(http.StatusOK) // a redelivery
		return
	}
	switch evt.Type {
	case "invoice.paid":
		var inv stripe.Invoice
		if err := json.Unmarshal(evt.Data.Raw, &inv); err != nil {
			http.Error(w, "json", http.StatusBadRequest)
			return
		}
		h.db.MustExecContext(r.Context(),
			`UPDATE workspaces SET seats = seats + $1 WHERE id = $2`, inv.Metadata["added_seats"], inv.Metadata["workspace_id"])
		_ = h.jobs.Enqueue("welcome-mail", []byte(inv.ID))
	case "customer.subscription.created":
		_ = h.jobs.Enqueue("provision-tenant", evt.Data.Raw)
	}
	w.WriteHeader(http.StatusOK)
}
