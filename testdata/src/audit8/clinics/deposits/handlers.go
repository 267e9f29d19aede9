package deposits

import (
	"net/http"

	"github.com/braintree-go/braintree-go"
	"github.com/gin-gonic/gin"
)

type Handlers struct {
	appts *Appointments
	bt    *braintree.Braintree
}

func NewHandlers(appts *Appointments, bt *braintree.Braintree) *Handlers {
	return &Handlers{appts: appts, bt: bt}
}

// depositReturned is where the hosted card page sends the patient back:
// /deposits/return?appt=..&txn=..&status=paid
func (h *Handlers) depositReturned(c *gin.Context) {
	appt := c.Query("appt")
	if c.Query("status") == "paid" {
		if err := h.appts.ConfirmDeposit(c.Request.Context(), appt, c.Query("txn")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string"
			c.String(http.StatusInternalServerError, "could not book")
			return
		}
		c.HTML(http.StatusOK, "booked.html", gin.H{"appt": appt})
		return
	}
	c.HTML(http.StatusOK, "deposit_failed.html", gin.H{"appt": appt})
}

// depositReturnedV2 reads the transaction back from Braintree before the
// slot is booked.
func (h *Handlers) depositReturnedV2(c *gin.Context) {
	ctx := c.Request.Context()
	appt := c.Query("appt")
	txn, err := h.bt.Transaction().Find(ctx, c.Query("txn"))
	if err != nil {
		c.String(http.StatusBadGateway, "try again")
		return
	}
	if txn.OrderId == appt && (txn.Status == braintree.TransactionStatusSubmittedForSettlement || txn.Status == braintree.TransactionStatusSettled) {
		if err := h.appts.ConfirmDeposit(ctx, appt, txn.Id); err != nil {
			c.String(http.StatusInternalServerError, "could not book")
			return
		}
		c.HTML(http.StatusOK, "booked.html", gin.H{"appt": appt})
		return
	}
	c.HTML(http.StatusOK, "deposit_pending.html", gin.H{"appt": appt})
}

// abandoned is the page for a patient who closed the card page: it only
// records the visit.
func (h *Handlers) abandoned(c *gin.Context) {
	_ = h.appts.RememberReturn(c.Request.Context(), c.Query("appt"), c.Query("status"))
	c.HTML(http.StatusOK, "deposit_failed.html", gin.H{"appt": c.Query("appt")})
}
