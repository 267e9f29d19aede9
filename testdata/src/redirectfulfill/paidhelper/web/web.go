// Package web: success-redirect handlers whose paid check is a helper of
// another package (billing), against helpers that retrieve the session
// without checking that it is paid.
package web

import (
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"

	"redirectfulfill/paidhelper/billing"
	"redirectfulfill/paidhelper/charges"
	"redirectfulfill/paidhelper/paystub"
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
	mux.HandleFunc("GET /checkout/paid/success", successBoolOnly)
	mux.HandleFunc("GET /checkout/confirmed/success", successConfirmed)
	mux.HandleFunc("GET /checkout/charged/success", successChargePaid)
	mux.HandleFunc("GET /checkout/stub/success", successStubError)
	mux.HandleFunc("GET /checkout/charge/success", successChargeOnly)
	mux.HandleFunc("GET /subscribe/success", subscriptionActive)
	mux.HandleFunc("GET /subscribe/thanks", memberSubscribed)
	mux.HandleFunc("GET /order/stored/success", storedPaid)
	mux.HandleFunc("GET /order/confirmed/success", confirmedIgnored)
	mux.HandleFunc("GET /order/card/success", cardActive)
	mux.HandleFunc("GET /order/ensure/success", ensurePaidLookupOnly)
	mux.HandleFunc("GET /order/settled/success", settledOwnWay)
	mux.HandleFunc("GET /order/captured/success", capturedOwnWay)
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

func successBoolOnly(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("session_id")
	if paid, _ := billing.IsPaid(id); !paid {
		http.Redirect(w, r, "/checkout/pending", http.StatusSeeOther)
		return
	}
	db.FulfillOrder(id)
}

// successConfirmed: Confirmed hands IsPaid's verdict on.
func successConfirmed(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("session_id")
	ok, err := billing.Confirmed(id)
	if err != nil || !ok {
		http.Redirect(w, r, "/checkout/pending", http.StatusSeeOther)
		return
	}
	db.FulfillOrder(id)
}

// successChargePaid: the helper returns the charge's paid flag.
func successChargePaid(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("charge_id")
	paid, err := billing.ChargePaid(id)
	if err != nil || !paid {
		http.Redirect(w, r, "/checkout/pending", http.StatusSeeOther)
		return
	}
	db.FulfillOrder(id)
}

// successChargeOnly: charges holds nothing but its paid check.
func successChargeOnly(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("charge_id")
	if paid, err := charges.IsPaid(id); err != nil || !paid {
		http.Redirect(w, r, "/checkout/pending", http.StatusSeeOther)
		return
	}
	db.FulfillOrder(id)
}

// successStubError: paystub is not modelled, so its IsPaid is taken at
// its name: a nil error means paid.
func successStubError(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("payment_id")
	if _, err := paystub.IsPaid(id); err != nil {
		http.Redirect(w, r, "/checkout/pending", http.StatusSeeOther)
		return
	}
	db.FulfillOrder(id)
}

// subscriptionActive: the shop's stored subscription, compared with
// "active", is a paid state.
func subscriptionActive(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if !billing.SubscriptionActive(q.Get("user")) {
		http.Error(w, "inactive", http.StatusForbidden)
		return
	}
	db.FulfillOrder(q.Get("session_id"))
}

// memberSubscribed: a member's SubscriptionStatus field is a paid state.
func memberSubscribed(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if !billing.MemberSubscribed(q.Get("user")) {
		http.Error(w, "inactive", http.StatusForbidden)
		return
	}
	db.FulfillOrder(q.Get("session_id"))
}

// storedPaid: a stored row whose type names nothing, compared with
// "paid": the model cannot tell it is not a payment's, so it stays silent.
func storedPaid(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("order_id")
	if !billing.StoredPaid(id) {
		http.Error(w, "not paid", http.StatusPaymentRequired)
		return
	}
	db.FulfillOrder(id)
}

// ---- paid checks behind helpers that the caller defeats: reported ------

// paidIgnored: IsPaid's bool is the check (the handler model summarises
// it so), but only its lookup error is tested; billing is modelled, so
// IsPaid's name does not make a nil error mean paid.
func paidIgnored(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("session_id")
	paid, err := billing.IsPaid(id)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	db.FulfillOrder(id) // want `order fulfilled in the success-redirect handler`
	_ = paid
}

// confirmedIgnored: the same through a helper that hands the verdict on.
func confirmedIgnored(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("session_id")
	if _, err := billing.Confirmed(id); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	db.FulfillOrder(id) // want `order fulfilled in the success-redirect handler`
}

// activeAccount: the helper tests the buyer's account, looked up in the
// shop's own store, against "active": an account is not a payment, so
// this is no paid check.
func activeAccount(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if !billing.AccountActive(q.Get("user")) {
		http.Error(w, "inactive", http.StatusForbidden)
		return
	}
	db.FulfillOrder(q.Get("session_id")) // want `order fulfilled in the success-redirect handler`
}

// cardActive: a saved payment method compared with "active" is not a
// payment either.
func cardActive(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if !billing.CardActive(q.Get("user")) {
		http.Error(w, "inactive", http.StatusForbidden)
		return
	}
	db.FulfillOrder(q.Get("session_id")) // want `order fulfilled in the success-redirect handler`
}

// ensurePaidLookupOnly: EnsurePaid is named as a check, but billing is
// modelled and its body only looks the session up.
func ensurePaidLookupOnly(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("session_id")
	if err := billing.EnsurePaid(id); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	db.FulfillOrder(id) // want `order fulfilled in the success-redirect handler`
}

// settledOwnWay: IsSettled tests the intent against a list of states, a
// check the model does not read: its name decides (silent).
func settledOwnWay(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("payment_intent")
	if !billing.IsSettled(id) {
		http.Error(w, "not paid", http.StatusPaymentRequired)
		return
	}
	db.FulfillOrder(id)
}

// capturedOwnWay: EnsureCaptured compares the amounts: its name decides
// (silent).
func capturedOwnWay(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("payment_intent")
	if err := billing.EnsureCaptured(id); err != nil {
		http.Error(w, "not paid", http.StatusPaymentRequired)
		return
	}
	db.FulfillOrder(id)
}
