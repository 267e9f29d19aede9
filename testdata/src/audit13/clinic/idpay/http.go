package idpay

import (
	"log"
	"net/http"
)

// Finish is the Midtrans finish_redirect_url target.
func (s *Service) Finish(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	orderID := q.Get("order_id")
	if err := s.CompleteFromRedirect(r.Context(), orderID, q.Get("transaction_status")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's status from the provider"
		log.Printf("idpay: finish %s: %v", orderID, err)
	}
	http.Redirect(w, r, "/portal/payments/"+orderID, http.StatusSeeOther)
}
