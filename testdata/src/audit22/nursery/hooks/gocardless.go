package hooks

import (
	"encoding/json"
	"log/slog"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit22/nursery/domain"
	"audit22/nursery/store"
)

// GoCardless handles the Direct Debit payment events.
type GoCardless struct {
	bills  *store.Billing
	ledger *store.Ledger
	log    *slog.Logger
}

func NewGoCardless(bills *store.Billing, ledger *store.Ledger) *GoCardless {
	return &GoCardless{bills: bills, ledger: ledger, log: slog.Default()}
}

type gcBatch struct {
	Events []gocardless.Event `json:"events"`
}

// Events applies a batch of payment events. Signature checking is done
// in front of this handler.
func (h *GoCardless) Events(w http.ResponseWriter, r *http.Request) {
	var batch gcBatch
	if err := json.NewDecoder(r.Body).Decode(&batch); err != nil {
		http.Error(w, "decode", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	for _, e := range batch.Events {
		if e.ResourceType != "payments" || e.Links == nil {
			continue
		}
		switch e.Action {
		case "confirmed":
			if err := h.bills.MarkInvoicePaidByRef(ctx, e.Links.Payment); err != nil {
				http.Error(w, "store", http.StatusInternalServerError)
				return
			}
			inv, _ := e.Metadata["invoice_id"].(string)
			fam, _ := e.Metadata["family_id"].(string)
			amt, _ := e.Metadata["amount_minor"].(float64)
			if err := h.ledger.Credit(ctx, fam, int64(amt), "gc:"+e.Links.Payment+":"+inv); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(store\\.Ledger\\.Credit: paid state stored"
				http.Error(w, "ledger", http.StatusInternalServerError)
				return
			}
		case "failed", "cancelled", "charged_back":
			if err := h.bills.SetInvoiceStatus(ctx, e.Links.Payment, domain.InvoiceFailed); err != nil {
				h.log.Error("mark failed", "payment", e.Links.Payment, "err", err)
			}
		}
	}
	w.WriteHeader(http.StatusNoContent)
}
