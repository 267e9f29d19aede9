// Package installhooks settles installments from Flutterwave's charge
// events; it is mounted in package solarapp.
package installhooks

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
)

type chargeEvent struct {
	Event string `json:"event"`
	Data  struct {
		TxRef  string `json:"tx_ref"`
		Status string `json:"status"`
	} `json:"data"`
}

// InstallmentHooks settles installments.
type InstallmentHooks struct{ DB *sql.DB }

// ChargeCompleted marks the installment paid.
func (h *InstallmentHooks) ChargeCompleted(c *gin.Context) {
	var ev chargeEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.Event != "charge.completed" || ev.Data.Status != "successful" {
		c.Status(http.StatusOK)
		return
	}
	if _, err := h.DB.Exec(`UPDATE installments SET status = 'paid' WHERE tx_ref = $1`, ev.Data.TxRef); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}
