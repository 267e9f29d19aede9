package adyenweb

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// DepositReturn is the returnUrl of deposit payment links. Adyen appends
// the link's resultCode for the hosted page.
func (h *Handler) DepositReturn(c *gin.Context) {
	ref := c.Param("ref")
	stay, err := h.stays.ByRef(c.Request.Context(), ref)
	if err != nil {
		c.HTML(http.StatusNotFound, "not_found.html", nil)
		return
	}
	switch c.Query("resultCode") {
	case "Authorised", "authorised":
		if err := h.stays.MarkDepositPaid(c.Request.Context(), ref, c.Query("pspReference")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(resultCode\\)"
			c.HTML(http.StatusOK, "deposit_pending.html", gin.H{"Stay": stay})
			return
		}
		c.HTML(http.StatusOK, "deposit_thanks.html", gin.H{"Stay": stay})
	case "Pending", "Received":
		c.HTML(http.StatusOK, "deposit_pending.html", gin.H{"Stay": stay})
	default:
		c.HTML(http.StatusOK, "deposit_retry.html", gin.H{"Stay": stay, "LinkID": stay.PaymentLinkID})
	}
}

// StayStatus shows the front desk whether a stay's deposit arrived; it
// reads the state the notifications stored.
func (h *Handler) StayStatus(c *gin.Context) {
	stay, err := h.stays.ByRef(c.Request.Context(), c.Param("ref"))
	if err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "unknown stay"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"ref": stay.Ref, "deposit": stay.DepositStatus, "paid": stay.DepositStatus == "paid"})
}
