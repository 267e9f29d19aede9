package mercadopt

import (
	"fmt"
	"net/http"
)

// ReturnPages are the back_urls of the Checkout Pro preference.
type ReturnPages struct {
	svc *Service
}

func NewReturnPages(svc *Service) *ReturnPages { return &ReturnPages{svc: svc} }

// Success is the back_urls.success page.
func (p *ReturnPages) Success(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	membershipID, pkg, err := ParseReference(q.Get("external_reference"))
	if err != nil {
		http.Error(w, "unknown purchase", http.StatusBadRequest)
		return
	}
	if q.Get("status") == "approved" {
		if err := p.svc.memberships.AddSessions(r.Context(), membershipID, pkg.Sessions); err != nil { // audit: reported at cmd/gymd/main.go:151 redirectfulfill: the back_urls.success page adds the PT sessions when the query's status == "approved", typed by the buyer; no payment read from Mercado Pago (Exirom: the redirect is UX only)
			http.Error(w, "please contact the front desk", http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(w, "¡Listo! %d sesiones agregadas.", pkg.Sessions)
		return
	}
	fmt.Fprint(w, "Tu pago está en proceso.")
}

// Pending is the back_urls.pending page.
func (p *ReturnPages) Pending(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "Estamos esperando la confirmación de tu pago (%s).", r.URL.Query().Get("payment_id"))
}
