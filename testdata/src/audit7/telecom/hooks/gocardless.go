package hooks

import (
	"encoding/json"
	"io"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

type gcPayload struct {
	Events []gocardless.Event `json:"events"`
}

// GoCardlessEvents handles SEPA debit outcomes.
func (h *Handlers) GoCardlessEvents(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var p gcPayload
	if err := json.Unmarshal(body, &p); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	for _, ev := range p.Events {
		if ev.ResourceType != "payments" || ev.Links == nil {
			continue
		}
		invoiceID, _ := ev.Metadata["invoice_id"].(string)
		switch ev.Action {
		case "confirmed", "paid_out":
			if _, err := h.Billing.SettleInvoice(ctx, invoiceID, ev.Links.Payment); err != nil {
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
		case "failed":
			if err := h.Billing.MarkDebitFailed(ctx, invoiceID); err != nil {
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
		}
	}
	w.WriteHeader(http.StatusNoContent)
}
