package stripehooks

import (
	"encoding/json"
	"io"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
)

// legacy is still configured in two old Stripe accounts; it predates the
// signing secret rollout.
func (h *Hooks) legacy(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	var evt stripe.Event
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return
	}
	if evt.Type == "invoice.paid" {
		var inv stripe.Invoice
		_ = json.Unmarshal(evt.Data.Raw, &inv)
		h.db.MustExecContext(r.Context(), // want "\\[webhookverify\\] payment webhook /hooks/stripe/legacy acts on the payment"
			`UPDATE subscriptions SET status = 'active', paid_through = now() + interval '1 month' WHERE latest_invoice = $1`, inv.ID)
	}
	w.WriteHeader(http.StatusOK)
}
