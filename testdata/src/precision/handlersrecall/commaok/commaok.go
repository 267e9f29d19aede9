// Package commaok: a comma-ok paid check whose result does not guard the
// fulfilment is still reported.
package commaok

import (
	"log"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
)

type Orders struct{}

func (Orders) FulfillOrder(ref string) error { return nil }

var orders Orders

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /checkout/success", success)
	mux.HandleFunc("GET /checkout/return", pendingToo)
}

func paidRef(id string) (string, bool) {
	s, err := session.Get(id, nil)
	if err != nil {
		return "", false
	}
	return s.ClientReferenceID, s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid
}

// success reads the comma-ok result but fulfils either way.
func success(w http.ResponseWriter, r *http.Request) {
	ref, ok := paidRef(r.URL.Query().Get("session_id"))
	if !ok {
		log.Printf("session %s not paid yet", ref)
	}
	_ = orders.FulfillOrder(ref) // want `order fulfilled in the success-redirect handler`
}

// paidOrPending is true for a pending payment too: not a paid check.
func paidOrPending(s *stripe.CheckoutSession) bool {
	return s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid || s.Status == stripe.CheckoutSessionStatusOpen
}

func pendingToo(w http.ResponseWriter, r *http.Request) {
	s, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil {
		return
	}
	if paidOrPending(s) {
		_ = orders.FulfillOrder(s.ClientReferenceID) // want `order fulfilled in the success-redirect handler after reading the payment from the provider without checking`
	}
}
