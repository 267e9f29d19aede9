// Package lessons serves a music school's lesson shop on echo: the
// browser confirms the card with Stripe.js and posts the form back.
package lessons

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"succeededpage/ledger"
)

// Handlers serves the lesson shop.
type Handlers struct {
	StripeKey string
	Ledger    *ledger.Ledger
}

// Routes mounts the shop's pages.
func (h *Handlers) Routes(e *echo.Echo) {
	e.POST("/lessons/payment-succeeded", h.lessonsPaid)
	e.POST("/courses/payment-succeeded", h.coursePaid)
}

// purchase is what the success page books: the buyer's form and the
// PaymentIntent's latest charge.
type purchase struct {
	Email         string
	Lessons       int
	Amount        int64
	Currency      string
	PaymentIntent string
	ChargeID      string
}

// purchaseOf reads the form and the PaymentIntent it names, whatever the
// PaymentIntent's status; the amount is the one the form posted.
func (h *Handlers) purchaseOf(c echo.Context) (purchase, error) {
	stripe.Key = h.StripeKey
	id := c.FormValue("payment_intent")
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return purchase{}, err
	}
	lessons, _ := strconv.Atoi(c.FormValue("lessons"))
	amount, _ := strconv.ParseInt(c.FormValue("payment_amount"), 10, 64)
	return purchase{
		Email:         c.FormValue("email"),
		Lessons:       lessons,
		Amount:        amount,
		Currency:      c.FormValue("payment_currency"),
		PaymentIntent: id,
		ChargeID:      pi.LatestCharge.ID,
	}, nil
}

// lessonsPaid books the transaction cleared and the lessons for any
// PaymentIntent id the form names.
func (h *Handlers) lessonsPaid(c echo.Context) error {
	p, err := h.purchaseOf(c)
	if err != nil {
		return c.String(http.StatusBadRequest, "unknown payment")
	}
	txID, err := h.Ledger.AddTransaction(ledger.Transaction{ // want `after reading the payment from the provider without checking that its status is paid`
		Amount: p.Amount, Currency: p.Currency, PaymentIntent: p.PaymentIntent,
		ChargeID: p.ChargeID, StatusID: ledger.TransactionCleared,
	})
	if err != nil {
		return err
	}
	if err := h.Ledger.AddBooking(ledger.Booking{StudentEmail: p.Email, Lessons: p.Lessons, TransactionID: txID}); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/lessons/receipt")
}

var errNotPaid = errors.New("lessons: payment not succeeded")

// paidPurchaseOf is purchaseOf that errs unless the PaymentIntent
// succeeded, and takes the amount Stripe received.
func (h *Handlers) paidPurchaseOf(c echo.Context) (purchase, error) {
	stripe.Key = h.StripeKey
	id := c.FormValue("payment_intent")
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return purchase{}, err
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		return purchase{}, errNotPaid
	}
	lessons, _ := strconv.Atoi(c.FormValue("lessons"))
	return purchase{
		Email: c.FormValue("email"), Lessons: lessons, Amount: pi.Amount, Currency: string(pi.Currency),
		PaymentIntent: id, ChargeID: pi.LatestCharge.ID,
	}, nil
}

// coursePaid books the same rows once the helper has seen the
// PaymentIntent succeed.
func (h *Handlers) coursePaid(c echo.Context) error {
	p, err := h.paidPurchaseOf(c)
	if err != nil {
		return c.String(http.StatusPaymentRequired, "payment not complete")
	}
	txID, err := h.Ledger.AddTransaction(ledger.Transaction{
		Amount: p.Amount, Currency: p.Currency, PaymentIntent: p.PaymentIntent,
		ChargeID: p.ChargeID, StatusID: ledger.TransactionCleared,
	})
	if err != nil {
		return err
	}
	return h.Ledger.AddBooking(ledger.Booking{StudentEmail: p.Email, Lessons: p.Lessons, TransactionID: txID})
}
