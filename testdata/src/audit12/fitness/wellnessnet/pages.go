package wellnessnet

import (
	"fmt"
	"net/http"

	"github.com/go-chi/chi/v5"

	"audit12/fitness/domain"
)

// InvoicePages are the pages HR managers see after approving a payment
// order in their bank's portal.
type InvoicePages struct {
	Invoices domain.InvoiceStore
}

// ThankYou shows the stored state of the invoice; the payment order
// events update it.
func (p *InvoicePages) ThankYou(w http.ResponseWriter, r *http.Request) {
	inv, err := p.Invoices.Get(r.Context(), chi.URLParam(r, "invoiceID"))
	if err != nil {
		http.Error(w, "invoice not found", http.StatusNotFound)
		return
	}
	if inv.Status == domain.InvoicePaid {
		fmt.Fprintf(w, "Invoice %s is paid. Thank you!", inv.ID)
		return
	}
	fmt.Fprintf(w, "Thanks! Invoice %s will show as paid once your bank settles the payment order.", inv.ID)
}
