// Package nethttp: success-redirect handlers on net/http's ServeMux with
// stripe-go Checkout.
package nethttp

import (
	"errors"
	"fmt"
	"log"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
)

type store struct{}

//paylint:fulfillment
func (s *store) FulfillOrder(orderID string) error { return nil }

func (s *store) Order(orderID string) string { return orderID }

var db = &store{}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /checkout/success", successFromQueryString)
	mux.HandleFunc("GET /checkout/return", returnReadsSessionIgnoresStatus)
	mux.HandleFunc("/landing", landingReadsSessionIDParam)
	mux.HandleFunc("GET /checkout/complete", completeChecksPaid)
	mux.HandleFunc("GET /checkout/thank-you", thankYouReturnsUnlessPaid)
	mux.HandleFunc("GET /pay/success/page", successOnlyRenders)
	mux.HandleFunc("GET /order/success", successHelperReturnsError)
	mux.HandleFunc("GET /order/return", returnThroughGuardedWrapper)
	mux.HandleFunc("GET /order/complete", completeSwitchOnStatus)
}

// successFromQueryString trusts the redirect's own redirect_status.
func successFromQueryString(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	orderID := q.Get("order_id")
	if q.Get("redirect_status") == "succeeded" {
		db.FulfillOrder(orderID) // want `order fulfilled in the success-redirect handler from the query string \(redirect_status\) without reading the payment's status from the provider: a buyer can open this URL without paying; fulfil from the verified webhook or after retrieving the payment and checking it is paid`
	}
	fmt.Fprintln(w, "thanks")
}

// returnReadsSessionIgnoresStatus retrieves the session but never looks at
// its payment status.
func returnReadsSessionIgnoresStatus(w http.ResponseWriter, r *http.Request) {
	s, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	db.FulfillOrder(s.ClientReferenceID) // want `order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid`
}

// landingReadsSessionIDParam is a redirect target by the parameter it
// reads, and fulfils with no provider read at all.
func landingReadsSessionIDParam(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("session_id")
	db.FulfillOrder(id) // want `order fulfilled in the success-redirect handler without reading the payment's status from the provider`
}

// completeChecksPaid: the correct form.
func completeChecksPaid(w http.ResponseWriter, r *http.Request) {
	s, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid {
		db.FulfillOrder(s.ClientReferenceID)
	}
	fmt.Fprintln(w, "thanks")
}

// thankYouReturnsUnlessPaid: the negative form of the check.
func thankYouReturnsUnlessPaid(w http.ResponseWriter, r *http.Request) {
	s, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		fmt.Fprintln(w, "payment pending")
		return
	}
	db.FulfillOrder(s.ClientReferenceID)
}

// successOnlyRenders reads state and renders; nothing is granted.
func successOnlyRenders(w http.ResponseWriter, r *http.Request) {
	o := db.Order(r.URL.Query().Get("order_id"))
	fmt.Fprintf(w, "order %s: we will email you when the payment is confirmed", o)
}

var errNotPaid = errors.New("not paid")

// requirePaid reads the session and fails unless it is paid.
func requirePaid(id string) (*stripe.CheckoutSession, error) {
	s, err := session.Get(id, nil)
	if err != nil {
		return nil, err
	}
	if s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		return nil, errNotPaid
	}
	return s, nil
}

// successHelperReturnsError: the status check lives in a helper whose
// error is checked first.
func successHelperReturnsError(w http.ResponseWriter, r *http.Request) {
	s, err := requirePaid(r.URL.Query().Get("session_id"))
	if err != nil {
		log.Printf("redirect before payment: %v", err)
		http.Redirect(w, r, "/checkout/pending", http.StatusSeeOther)
		return
	}
	db.FulfillOrder(s.ClientReferenceID)
}

// fulfilIfPaid grants the order only after the provider says it is paid.
func fulfilIfPaid(id string) error {
	s, err := session.Get(id, nil)
	if err != nil {
		return err
	}
	if s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid {
		return db.FulfillOrder(s.ClientReferenceID)
	}
	return nil
}

// returnThroughGuardedWrapper calls a wrapper that checks status itself.
func returnThroughGuardedWrapper(w http.ResponseWriter, r *http.Request) {
	if err := fulfilIfPaid(r.URL.Query().Get("session_id")); err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
	}
}

// completeSwitchOnStatus checks the status in a switch.
func completeSwitchOnStatus(w http.ResponseWriter, r *http.Request) {
	s, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil {
		return
	}
	switch s.PaymentStatus {
	case stripe.CheckoutSessionPaymentStatusPaid:
		db.FulfillOrder(s.ClientReferenceID)
	case stripe.CheckoutSessionPaymentStatusUnpaid:
		fmt.Fprintln(w, "pending")
	}
}

func MoreRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /checkout/success-or-free", successPaidOrFree)
	mux.HandleFunc("GET /checkout/success-helper", successBoolHelper)
	mux.HandleFunc("GET /checkout/success-query-helper", successBoolHelperOnQuery)
}

// successPaidOrFree: a disjunction of success values guards the fulfilment.
func successPaidOrFree(w http.ResponseWriter, r *http.Request) {
	s, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil {
		return
	}
	if s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid || s.PaymentStatus == stripe.CheckoutSessionPaymentStatusNoPaymentRequired {
		db.FulfillOrder(s.ClientReferenceID)
	}
}

// isPaid checks the session it is given.
func isPaid(s *stripe.CheckoutSession) bool {
	return s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid
}

func successBoolHelper(w http.ResponseWriter, r *http.Request) {
	s, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil || !isPaid(s) {
		http.Redirect(w, r, "/checkout/pending", http.StatusSeeOther)
		return
	}
	db.FulfillOrder(s.ClientReferenceID)
}

// succeeded compares whatever status it is given.
func succeeded(status string) bool { return status == "succeeded" }

// successBoolHelperOnQuery hands the query string to the same kind of helper.
func successBoolHelperOnQuery(w http.ResponseWriter, r *http.Request) {
	if succeeded(r.URL.Query().Get("redirect_status")) {
		db.FulfillOrder(r.URL.Query().Get("order_id")) // want `from the query string \(redirect_status\)`
	}
}

func init() {
	http.HandleFunc("POST /payment/return", returnPostedStatus)
}

// returnPostedStatus trusts the status the payment page posts back.
func returnPostedStatus(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("result") == "SUCCESS" {
		db.FulfillOrder(r.FormValue("order_id")) // want `order fulfilled in the success-redirect handler from a form value \(result\) without reading the payment's status from the provider`
	}
}
