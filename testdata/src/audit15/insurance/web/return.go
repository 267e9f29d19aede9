// Package web serves the pages a policyholder's browser comes back to
// after paying.
package web

import (
	"context"
	"fmt"
	"log"
	"net/http"

	"audit15/insurance/policy"
)

// StatusReader reads a Midtrans transaction's status by order id.
type StatusReader interface {
	Status(orderID string) (string, error)
}

// RefLookup finds the policy of a provider reference.
type RefLookup interface {
	PolicyIDByRef(ctx context.Context, ref string) (string, error)
}

// Pages are the return pages.
type Pages struct {
	activator policy.Activator
	midtrans  StatusReader
	refs      RefLookup
}

func NewPages(a policy.Activator, mt StatusReader, refs RefLookup) *Pages {
	return &Pages{activator: a, midtrans: mt, refs: refs}
}

// Routes registers the return pages on mux.
func (p *Pages) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /pay/mercadopago/return", p.mercadoPagoReturn)
	mux.HandleFunc("GET /pay/midtrans/finish", p.midtransFinish)
}

func (p *Pages) mercadoPagoReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	policyID := q.Get("external_reference")
	switch q.Get("collection_status") {
	case "approved":
		if err := p.activator.Activate(r.Context(), policyID, "mp-"+q.Get("payment_id")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(collection_status\\)"
			log.Printf("activate %s: %v", policyID, err)
		}
		fmt.Fprintf(w, "<h1>¡Gracias!</h1><p>Su póliza %s está activa.</p>", policyID)
	case "pending", "in_process":
		fmt.Fprint(w, "<h1>Pago en proceso</h1><p>Le avisaremos cuando se acredite.</p>")
	default:
		fmt.Fprint(w, "<h1>El pago no se completó</h1>")
	}
}

func (p *Pages) midtransFinish(w http.ResponseWriter, r *http.Request) {
	orderID := r.URL.Query().Get("order_id")
	status, err := p.midtrans.Status(orderID)
	if err != nil {
		http.Error(w, "Silakan coba lagi.", http.StatusBadGateway)
		return
	}
	if status != "settlement" {
		fmt.Fprint(w, "<h1>Menunggu pembayaran</h1>")
		return
	}
	policyID, err := p.refs.PolicyIDByRef(r.Context(), orderID)
	if err != nil {
		http.Error(w, "Silakan coba lagi.", http.StatusInternalServerError)
		return
	}
	if err := p.activator.Activate(r.Context(), policyID, orderID); err != nil {
		http.Error(w, "Silakan coba lagi.", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, "<h1>Terima kasih!</h1><p>Polis Anda aktif.</p>")
}
