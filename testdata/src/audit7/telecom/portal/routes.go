// Package portal is the customer self-care site: invoices, top-ups,
// number porting. Payment pages send the customer back here.
package portal

import "github.com/gin-gonic/gin"

func (h *Handler) Register(r *gin.Engine) {
	acct := r.Group("/account")
	acct.GET("/invoices/:id/pdf", h.InvoicePDF)
	acct.GET("/billing/return", h.CardReturn)
	acct.GET("/topup/done", h.TopUpDone)
	acct.GET("/porting/complete", h.PortingComplete)
}
