// Package closure: the status is read inside a retry closure and checked
// after it.
package closure

import (
	"net/http"

	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
)

//paylint:fulfillment
func deliver(id string) {}

func Routes() {
	http.HandleFunc("/checkout/success", successRetriedRead)
	http.HandleFunc("/checkout/return", returnRetriedReadUnchecked)
}

func successRetriedRead(w http.ResponseWriter, r *http.Request) {
	var s *stripe.CheckoutSession
	err := backoff.Retry(func() error {
		var err error
		s, err = session.Get(r.URL.Query().Get("session_id"), nil)
		return err
	}, backoff.NewExponentialBackOff())
	if err != nil {
		return
	}
	if s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid {
		deliver(s.ClientReferenceID)
	}
}

func returnRetriedReadUnchecked(w http.ResponseWriter, r *http.Request) {
	var s *stripe.CheckoutSession
	err := backoff.Retry(func() error {
		var err error
		s, err = session.Get(r.URL.Query().Get("session_id"), nil)
		return err
	}, backoff.NewExponentialBackOff())
	if err != nil {
		return
	}
	deliver(s.ClientReferenceID) // want `after reading the payment from the provider without checking that its status is paid`
}
