// Package gormsave is a gin shop whose order state lives in GORM models
// behind a service package.
package gormsave

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"audit/gormsave/orders"
)

type Handlers struct{ Orders *orders.Service }

func (h *Handlers) Register(r *gin.Engine) {
	r.GET("/pay/alipay/return", h.alipayReturn)
	r.POST("/pay/topup/notify", h.topupNotify)
	r.POST("/orders/:id/cancel", h.cancel)
	r.POST("/orders/:id/note", h.note)
}

// alipayReturn is Alipay's synchronous return_url: its parameters are for
// display; the order is marked paid from them.
func (h *Handlers) alipayReturn(c *gin.Context) {
	id, _ := strconv.Atoi(c.Query("out_trade_no"))
	if c.Query("trade_status") == "TRADE_SUCCESS" {
		if err := h.Orders.Reconcile(c.Request.Context(), uint(id)); err != nil { // want `\[redirectfulfill\] .*from the query string \(trade_status\)`
			c.String(http.StatusInternalServerError, "error")
			return
		}
	}
	c.Redirect(http.StatusFound, "/orders/"+c.Query("out_trade_no"))
}

type topupEvent struct {
	UserID uint   `json:"user_id"`
	Amount int    `json:"amount"`
	Status string `json:"status"`
}

// topupNotify credits the wallet from an unsigned notify body.
func (h *Handlers) topupNotify(c *gin.Context) {
	raw, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var ev topupEvent
	if err := json.Unmarshal(raw, &ev); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if ev.Status == "SUCCESS" {
		h.Orders.TopUp(c.Request.Context(), ev.UserID, ev.Amount) // want `\[webhookverify\] payment webhook /pay/topup/notify acts on the payment` `\[webhookdedupe\] webhook handler credits the balance`
	}
	c.String(http.StatusOK, "success")
}

// cancel and note are not payment effects (look-alikes).
func (h *Handlers) cancel(c *gin.Context) {
	id, _ := strconv.Atoi(c.Param("id"))
	if c.Query("confirm") == "yes" {
		h.Orders.Withdraw(c.Request.Context(), uint(id))
	}
	c.Status(http.StatusNoContent)
}

func (h *Handlers) note(c *gin.Context) {
	id, _ := strconv.Atoi(c.Param("id"))
	h.Orders.Annotate(c.Request.Context(), uint(id), c.PostForm("note"))
	c.Status(http.StatusNoContent)
}
