package portal

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"

	"audit7/telecom/topupclient"
)

type Invoices interface {
	MarkPaid(ctx context.Context, invoiceID string) error
	PDF(ctx context.Context, invoiceID string) ([]byte, error)
}

type Handler struct {
	Invoices Invoices
	TopUps   *topupclient.Client
	DB       *sql.DB
}

// CardReturn is where Adyen's hosted page sends the customer after paying
// an overdue invoice; we lift the overdue banner right away.
func (h *Handler) CardReturn(c *gin.Context) {
	invoiceID := c.Query("merchantReference")
	if c.Query("resultCode") == "Authorised" {
		if err := h.Invoices.MarkPaid(c.Request.Context(), invoiceID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string"
			c.String(http.StatusInternalServerError, "could not update invoice")
			return
		}
		c.Redirect(http.StatusFound, "/account/invoices?paid="+invoiceID)
		return
	}
	c.Redirect(http.StatusFound, "/account/invoices?failed="+invoiceID)
}

// TopUpDone shows the new balance once the aggregator confirms the top-up.
func (h *Handler) TopUpDone(c *gin.Context) {
	ctx := c.Request.Context()
	t, err := h.TopUps.GetTopUp(ctx, c.Query("topup_id"))
	if err != nil {
		c.String(http.StatusBadGateway, "try again later")
		return
	}
	if t.Status != "COMPLETED" {
		c.HTML(http.StatusOK, "topup_pending.html", gin.H{"id": t.ID})
		return
	}
	if _, err := h.DB.ExecContext(ctx, `UPDATE topup_orders SET status = 'paid' WHERE aggregator_id = $1`, t.ID); err != nil {
		c.String(http.StatusInternalServerError, "db")
		return
	}
	c.HTML(http.StatusOK, "topup_done.html", gin.H{"amount": t.Amount})
}

// PortingComplete is the donor operator's return link after the customer
// signed the porting authorisation: not money, just the request's state.
func (h *Handler) PortingComplete(c *gin.Context) {
	reqID := c.Query("request_id")
	if c.Query("status") == "completed" {
		_, _ = h.DB.ExecContext(c.Request.Context(),
			`UPDATE porting_requests SET status = 'signed' WHERE id = $1`, reqID)
	}
	c.Redirect(http.StatusFound, "/account/porting")
}

func (h *Handler) InvoicePDF(c *gin.Context) {
	pdf, err := h.Invoices.PDF(c.Request.Context(), c.Param("id"))
	if err != nil {
		c.String(http.StatusNotFound, "no such invoice")
		return
	}
	c.Writer.Header().Set("Content-Type", "application/pdf")
	_, _ = c.Writer.Write(pdf)
}
