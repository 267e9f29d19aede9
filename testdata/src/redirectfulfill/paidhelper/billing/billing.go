// Package billing holds the checks a shop's success page calls: each
// retrieves the checkout session from Stripe; some test that it is paid
// (paid checks for the caller, as if written inline), some do not, and
// one tests the status of something that is not a payment.
package billing

import (
	"errors"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/charge"
	"github.com/stripe/stripe-go/v82/checkout/session"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// ErrUnpaid is returned when the checkout session is not paid.
var ErrUnpaid = errors.New("checkout session not paid")

// Paid reports whether the checkout session is paid.
func Paid(sessionID string) bool {
	s, err := session.Get(sessionID, nil)
	if err != nil {
		return false
	}
	return s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid
}

// RequirePaid returns an error unless the checkout session is paid.
func RequirePaid(sessionID string) error {
	s, err := session.Get(sessionID, nil)
	if err != nil {
		return err
	}
	if s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		return ErrUnpaid
	}
	return nil
}

// PaidOrder returns the order of a paid checkout session.
func PaidOrder(sessionID string) (string, bool) {
	s, err := session.Get(sessionID, nil)
	if err != nil || s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		return "", false
	}
	return s.ClientReferenceID, true
}

// IsPaid reports whether the checkout session is paid; the error is a
// failed lookup.
func IsPaid(sessionID string) (bool, error) {
	s, err := session.Get(sessionID, nil)
	if err != nil {
		return false, err
	}
	return s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid, nil
}

// Confirmed hands IsPaid's verdict on: the bool is the check.
func Confirmed(sessionID string) (bool, error) {
	return IsPaid(sessionID)
}

// ChargePaid reports the charge's paid flag; the error is a failed lookup.
func ChargePaid(chargeID string) (bool, error) {
	ch, err := charge.Get(chargeID, nil)
	if err != nil {
		return false, err
	}
	return ch.Paid, nil
}

// Subscription is the shop's own record of a buyer's subscription, kept
// by the verified webhook.
type Subscription struct{ Status string }

func subscription(userID string) *Subscription { return &Subscription{} }

// SubscriptionActive tests the stored subscription: a paid state.
func SubscriptionActive(userID string) bool {
	return subscription(userID).Status == "active"
}

// Member is the shop's own member record; its subscription's state is
// a field of it.
type Member struct{ SubscriptionStatus string }

func member(userID string) *Member { return &Member{} }

// MemberSubscribed tests the member's subscription status: a paid state.
func MemberSubscribed(userID string) bool {
	return member(userID).SubscriptionStatus == "active"
}

// record is a row of the shop's own store; its type says nothing of what
// it is, so its "paid" status is taken for a payment's.
type record struct{ Status string }

func load(orderID string) record { return record{} }

// StoredPaid tests the stored row's status.
func StoredPaid(orderID string) bool {
	return load(orderID).Status == "paid"
}

// Session retrieves the checkout session: the caller tests its status.
func Session(sessionID string) (*stripe.CheckoutSession, error) {
	return session.Get(sessionID, nil)
}

// ---- look-alikes: no paid check ---------------------------------------

// Exists retrieves the session and reports only that it exists.
func Exists(sessionID string) bool {
	_, err := session.Get(sessionID, nil)
	return err == nil
}

// Lookup retrieves the session and returns its lookup error only.
func Lookup(sessionID string) error {
	_, err := session.Get(sessionID, nil)
	return err
}

// Open reports whether the checkout session can still be paid: a test
// of its status, not that it is paid.
func Open(sessionID string) bool {
	s, err := session.Get(sessionID, nil)
	if err != nil {
		return false
	}
	return s.Status != stripe.CheckoutSessionStatusExpired
}

// Account is the shop's own user account.
type Account struct{ Status string }

func account(userID string) *Account { return &Account{} }

// AccountActive tests the status of the buyer's account, not a payment.
func AccountActive(userID string) bool {
	return account(userID).Status == "active"
}

// PaymentMethod is the buyer's saved card in the shop's own store.
type PaymentMethod struct{ Status string }

func paymentMethod(userID string) *PaymentMethod { return &PaymentMethod{} }

// CardActive tests the saved card, not a payment.
func CardActive(userID string) bool {
	return paymentMethod(userID).Status == "active"
}

// EnsurePaid is named as a check but only looks the session up: the
// handler model reads its body, so the name does not make it one.
func EnsurePaid(sessionID string) error {
	_, err := session.Get(sessionID, nil)
	return err
}

// paidStates are the provider's states of a paid payment intent.
var paidStates = []stripe.PaymentIntentStatus{stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusRequiresCapture}

// IsSettled tests the intent's state in its own way (a list of states):
// the model does not read it, so its name decides.
func IsSettled(intentID string) bool {
	pi, err := paymentintent.Get(intentID, nil)
	if err != nil {
		return false
	}
	for _, s := range paidStates {
		if pi.Status == s {
			return true
		}
	}
	return false
}

// EnsureCaptured tests a field the model does not know as a status.
func EnsureCaptured(intentID string) error {
	pi, err := paymentintent.Get(intentID, nil)
	if err != nil {
		return err
	}
	if pi.AmountReceived < pi.Amount {
		return ErrUnpaid
	}
	return nil
}
