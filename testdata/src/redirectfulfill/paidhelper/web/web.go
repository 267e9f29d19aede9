// Package web: success-redirect handlers whose paid check is a helper of
// another package (billing), against helpers that retrieve the session
// without checking that it is paid.
package web

import (
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"

	"redirectfulfill/paidhelper/billing"
)

type store struct{}

//paylint:fulfillment
func (s *store) FulfillOrder(orderID string) error { return nil }

var db = &store{}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /checkout/success", successBool)
	mux.HandleFunc("GET /checkout/return", successError)
	mux.HandleFunc("GET /checkout/complete", successCommaOK)
	mux.HandleFunc("GET /checkout/done", successBoolError)
	mux.HandleFunc("GET /checkout/thanks", successSession)
	mux.HandleFunc("GET /order/success", existsOnly)
	mux.HandleFunc("GET /order/return", lookupOnly)
	mux.HandleFunc("GET /order/open", openOnly)
	mux.HandleFunc("GET /order/done", paidIgnored)
	mux.HandleFunc("GET /order/active", activeAccount)
	mux.HandleFunc("GET /order/thanks", sessionNotTested)
}

func successBool(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("session_id")
	if !billing.Paid(id) {
		http.Error(w, "not paid", http.StatusPaymentRequired)
		return
	}
	db.FulfillOrder(id)
}

func successError(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("session_id")
	if err := billing.RequirePaid(id); err != nil {
		http.Error(w, "not paid", http.StatusPaymentRequired)
		return
	}
	db.FulfillOrder(id)
}

func successCommaOK(w http.ResponseWriter, r *http.Request) {
	orderID, ok := billing.PaidOrder(r.URL.Query().Get("session_id"))
	if !ok {
		http.Redirect(w, r, "/checkout/pending", http.StatusSeeOther)
		return
	}
	db.FulfillOrder(orderID)
}

func successBoolError(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("session_id")
	paid, err := billing.IsPaid(id)
	if err != nil || !paid {
		http.Redirect(w, r, "/checkout/pending", http.StatusSeeOther)
		return
	}
	db.FulfillOrder(id)
}

func successSession(w http.ResponseWriter, r *http.Request) {
	s, err := billing.Session(r.URL.Query().Get("session_id"))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid {
		db.FulfillOrder(s.ClientReferenceID)
	}
}

// ---- look-alikes: reported ---------------------------------------------

func existsOnly(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("session_id")
	if !billing.Exists(id) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	db.FulfillOrder(id) // want `order fulfilled in the success-redirect handler`
}

func lookupOnly(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("session_id")
	if err := billing.Lookup(id); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	db.FulfillOrder(id) // want `order fulfilled in the success-redirect handler`
}

func openOnly(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("session_id")
	if !billing.Open(id) {
		http.Error(w, "expired", http.StatusGone)
		return
	}
	db.FulfillOrder(id) // want `order fulfilled in the success-redirect handler`
}

func sessionNotTested(w http.ResponseWriter, r *http.Request) {
	s, err := billing.Session(r.URL.Query().Get("session_id"))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	db.FulfillOrder(s.ClientReferenceID) // want `order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid`
}

// ---- known gaps of the handler model: silent today, should be reported --

// paidIgnored: IsPaid's bool is the check, but only its lookup error is
// tested. IsPaid gets no summary ((bool, error) with the bool as the
// check is not a shape summarizePaid knows), and by its name the handler
// model takes it for a check whose nil error means paid.
func paidIgnored(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("session_id")
	paid, err := billing.IsPaid(id)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	db.FulfillOrder(id)
	_ = paid
}

// activeAccount: the helper tests the buyer's account, looked up in the
// shop's own store, against "active" (a subscription's paid state too):
// the handler model takes any own-store lookup compared with a success
// value for a paid check.
func activeAccount(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if !billing.AccountActive(q.Get("user")) {
		http.Error(w, "inactive", http.StatusForbidden)
		return
	}
	db.FulfillOrder(q.Get("session_id"))
}
