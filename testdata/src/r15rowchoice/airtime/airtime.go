// Package airtime receives a wallet operator's payment results on gin and
// inserts each one as a payment row, paid when the result code says so.
package airtime

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

// Payment is one wallet payment recorded from a result.
type Payment struct {
	ID        uint
	RequestID string
	State     string
}

type result struct {
	RequestID  string `json:"request_id"`
	ResultCode int    `json:"result_code"`
}

type Results struct{ orm *gorm.DB }

func Mount(r *gin.Engine, h *Results) {
	r.POST("/payments/wallet/callback/result", h.Record)
	r.POST("/payments/wallet/callback/result-once", h.RecordOnce)
	r.POST("/payments/wallet/callback/attempt", h.Attempt)
}

// Record inserts a new row for every delivery, "success" when the code is
// zero: a redelivered result is a second payment.
func (h *Results) Record(c *gin.Context) {
	var res result
	if err := c.ShouldBindJSON(&res); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	p := Payment{RequestID: res.RequestID}
	if res.ResultCode == 0 {
		p.State = "success"
	} else {
		p.State = "failed"
	}
	h.orm.Create(&p) // want `webhook handler inserts a ledger or payment row \(paid state stored by gorm.DB.Create\) on every delivery of the event`
	c.Status(http.StatusOK)
}

// RecordOnce looks the request up first and stops when it is already
// stored paid.
func (h *Results) RecordOnce(c *gin.Context) {
	var res result
	if err := c.ShouldBindJSON(&res); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	var seen Payment
	h.orm.Where("request_id = ?", res.RequestID).First(&seen)
	if seen.State == "success" {
		c.Status(http.StatusOK)
		return
	}
	p := Payment{RequestID: res.RequestID, State: "failed"}
	if res.ResultCode == 0 {
		p.State = "success"
	}
	h.orm.Create(&p)
	c.Status(http.StatusOK)
}

// Attempt records the attempt as pending or failed: nothing paid.
func (h *Results) Attempt(c *gin.Context) {
	var res result
	if err := c.ShouldBindJSON(&res); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	p := Payment{RequestID: res.RequestID, State: "pending"}
	if res.ResultCode != 0 {
		p.State = "failed"
	}
	h.orm.Create(&p)
	c.Status(http.StatusOK)
}
