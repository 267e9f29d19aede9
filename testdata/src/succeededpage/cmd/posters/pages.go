package main

import (
	"fmt"
	"net/http"
	"strconv"

	stripe "github.com/stripe/stripe-go/v82"

	"succeededpage/sales"
)

// checkoutResult is what the success page keeps of a checkout: the
// buyer's form and the charge of the PaymentIntent it names.
type checkoutResult struct {
	Email         string
	PaymentIntent string
	Amount        int
	Currency      string
	ChargeID      string
}

// readCheckout reads the posted checkout form and the PaymentIntent it
// names; it keeps the latest charge's id and never looks at the status.
func (s *shop) readCheckout(r *http.Request) (checkoutResult, error) {
	var res checkoutResult
	if err := r.ParseForm(); err != nil {
		return res, err
	}
	intentID := r.Form.Get("payment_intent")
	amount, _ := strconv.Atoi(r.Form.Get("payment_amount"))
	pi, err := s.gateway.LookupIntent(intentID)
	if err != nil {
		return res, err
	}
	res = checkoutResult{
		Email:         r.Form.Get("email"),
		PaymentIntent: intentID,
		Amount:        amount,
		Currency:      r.Form.Get("payment_currency"),
		ChargeID:      pi.LatestCharge.ID,
	}
	return res, nil
}

// paymentSucceeded books the payment cleared and the order placed for
// any PaymentIntent the form names: one still requires_capture or
// processing, or one whose charge failed, and whatever amount it says.
func (s *shop) paymentSucceeded(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		return
	}
	posterID, _ := strconv.Atoi(r.Form.Get("poster_id"))
	res, err := s.readCheckout(r)
	if err != nil {
		return
	}
	payID, err := s.db.InsertPayment(sales.Payment{ // want `after reading the payment from the provider without checking that its status is paid`
		Amount:          res.Amount,
		Currency:        res.Currency,
		PaymentIntent:   res.PaymentIntent,
		ChargeID:        res.ChargeID,
		PaymentStatusID: 2, // cleared
	})
	if err != nil {
		return
	}
	if _, err := s.db.InsertOrder(sales.Order{PosterID: posterID, PaymentID: payID, StatusID: 1, Quantity: 1, Amount: res.Amount}); err != nil {
		return
	}
	s.receipts[res.PaymentIntent] = res
	http.Redirect(w, r, "/receipt?pi="+res.PaymentIntent, http.StatusSeeOther)
}

// readPaidCheckout is readCheckout that answers an error unless the
// PaymentIntent succeeded, and takes the amount Stripe collected.
func (s *shop) readPaidCheckout(r *http.Request) (checkoutResult, error) {
	var res checkoutResult
	if err := r.ParseForm(); err != nil {
		return res, err
	}
	intentID := r.Form.Get("payment_intent")
	pi, err := s.gateway.LookupIntent(intentID)
	if err != nil {
		return res, err
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		return res, fmt.Errorf("payment %s is %s", intentID, pi.Status)
	}
	res = checkoutResult{
		Email:         r.Form.Get("email"),
		PaymentIntent: intentID,
		Amount:        int(pi.Amount),
		Currency:      string(pi.Currency),
		ChargeID:      pi.LatestCharge.ID,
	}
	return res, nil
}

// printPaymentSucceeded books the same rows once the helper has seen the
// PaymentIntent succeed.
func (s *shop) printPaymentSucceeded(w http.ResponseWriter, r *http.Request) {
	res, err := s.readPaidCheckout(r)
	if err != nil {
		http.Error(w, "payment not complete", http.StatusPaymentRequired)
		return
	}
	posterID, _ := strconv.Atoi(r.Form.Get("poster_id"))
	payID, err := s.db.InsertPayment(sales.Payment{
		Amount: res.Amount, Currency: res.Currency, PaymentIntent: res.PaymentIntent,
		ChargeID: res.ChargeID, PaymentStatusID: 2,
	})
	if err != nil {
		return
	}
	s.db.InsertOrder(sales.Order{PosterID: posterID, PaymentID: payID, StatusID: 1, Quantity: 1, Amount: res.Amount})
	http.Redirect(w, r, "/receipt?pi="+res.PaymentIntent, http.StatusSeeOther)
}

// framePaymentSucceeded reads the PaymentIntent through a gateway method
// that errs unless it succeeded.
func (s *shop) framePaymentSucceeded(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		return
	}
	pi, err := s.gateway.SucceededIntent(r.Form.Get("payment_intent"))
	if err != nil {
		http.Error(w, "payment not complete", http.StatusPaymentRequired)
		return
	}
	s.db.InsertPayment(sales.Payment{
		Amount: int(pi.Amount), Currency: string(pi.Currency), PaymentIntent: pi.ID,
		ChargeID: pi.LatestCharge.ID, PaymentStatusID: 2,
	})
	http.Redirect(w, r, "/receipt?pi="+pi.ID, http.StatusSeeOther)
}

// receipt only shows what the success page kept; nothing is booked here.
func (s *shop) receipt(w http.ResponseWriter, r *http.Request) {
	res, ok := s.receipts[r.URL.Query().Get("pi")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	fmt.Fprintf(w, "Thank you %s: %d %s", res.Email, res.Amount, res.Currency)
}

// checkoutComplete books the payment pending; the webhook marks it paid.
func (s *shop) checkoutComplete(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		return
	}
	amount, _ := strconv.Atoi(r.Form.Get("payment_amount"))
	if _, err := s.db.InsertPendingPayment(r.Context(), r.Form.Get("payment_intent"), amount); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, "We are confirming your payment.")
}

// checkoutSuccess reads the PaymentIntent only to show its amount.
func (s *shop) checkoutSuccess(w http.ResponseWriter, r *http.Request) {
	pi, err := s.gateway.LookupIntent(r.URL.Query().Get("payment_intent"))
	if err != nil {
		http.Error(w, "unknown payment", http.StatusNotFound)
		return
	}
	fmt.Fprintf(w, "You paid %d %s", pi.Amount, pi.Currency)
}
