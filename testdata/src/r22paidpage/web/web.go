// Package web holds the gift-card shop's pages; cmd/giftd routes them.
package web

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"r22paidpage/confirm"
	"r22paidpage/giftdb"
)

// Store is the shop's database.
var Store giftdb.DB

// CardPaid books the payment as cleared and the order, whatever the
// intent's status: a requires_payment_method intent books them as well.
func CardPaid(c *gin.Context) {
	cardID, _ := strconv.Atoi(c.PostForm("card_id"))
	p, err := confirm.Read(c)
	if err != nil {
		c.String(http.StatusBadRequest, "could not read the payment")
		return
	}
	payID, err := Store.AddPayment(giftdb.Payment{Amount: p.Amount, Currency: p.Currency, Intent: p.Intent,
		ChargeID: p.ChargeID, StatusID: giftdb.PaymentCleared})
	if err != nil {
		c.String(http.StatusInternalServerError, "try again")
		return
	}
	if _, err := Store.AddOrder(giftdb.Order{CardID: cardID, PaymentID: payID, StatusID: 1, Amount: p.Amount}); err != nil {
		c.String(http.StatusInternalServerError, "try again")
		return
	}
	c.Redirect(http.StatusSeeOther, "/gift-cards/receipt")
}

// CardPaidChecked books only an intent that has succeeded (the helper
// errs otherwise).
func CardPaidChecked(c *gin.Context) {
	cardID, _ := strconv.Atoi(c.PostForm("card_id"))
	p, err := confirm.ReadSucceeded(c)
	if err != nil {
		c.String(http.StatusPaymentRequired, "payment not completed")
		return
	}
	payID, err := Store.AddPayment(giftdb.Payment{Amount: p.Amount, Currency: p.Currency, Intent: p.Intent,
		StatusID: giftdb.PaymentCleared})
	if err != nil {
		c.String(http.StatusInternalServerError, "try again")
		return
	}
	if _, err := Store.AddOrder(giftdb.Order{CardID: cardID, PaymentID: payID, StatusID: 1, Amount: p.Amount}); err != nil {
		c.String(http.StatusInternalServerError, "try again")
		return
	}
	c.Redirect(http.StatusSeeOther, "/gift-cards/receipt")
}

// Receipt reads the intent to show what was charged; it writes nothing.
func Receipt(c *gin.Context) {
	p, err := confirm.Read(c)
	if err != nil {
		c.String(http.StatusBadRequest, "could not read the payment")
		return
	}
	c.JSON(http.StatusOK, gin.H{"amount": p.Amount, "email": p.Email})
}

// VirtualTerminalPaymentSucceeded is the back office's card terminal:
// staff key a card taken by phone and book it the same way. No buyer is
// sent here; main mounts it behind the admin login: silent.
func VirtualTerminalPaymentSucceeded(c *gin.Context) {
	p, err := confirm.Read(c)
	if err != nil {
		c.String(http.StatusBadRequest, "could not read the payment")
		return
	}
	if _, err := Store.AddPayment(giftdb.Payment{Amount: p.Amount, Currency: p.Currency, Intent: p.Intent,
		ChargeID: p.ChargeID, StatusID: giftdb.PaymentCleared}); err != nil {
		c.String(http.StatusInternalServerError, "try again")
		return
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

// PendingPaymentSucceeded books the payment as pending for the webhook to
// clear, reading the intent only for its charge: a pending row is no
// fulfilment: silent.
func PendingPaymentSucceeded(c *gin.Context) {
	p, err := confirm.Read(c)
	if err != nil {
		c.String(http.StatusBadRequest, "could not read the payment")
		return
	}
	if _, err := Store.AddPending(p.Intent, p.Amount); err != nil {
		c.String(http.StatusInternalServerError, "try again")
		return
	}
	c.Redirect(http.StatusSeeOther, "/gift-cards/receipt")
}
