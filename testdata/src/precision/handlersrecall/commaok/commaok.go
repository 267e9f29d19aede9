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
