// Package bank serves a bank rail's settlement callbacks (gin), signed
// by a middleware of the signing package on their group, with one route
// of the same callbacks registered beside the group.
package bank

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"signedfamilycallbacks/payoutstore"
	"signedfamilycallbacks/signing"
)

// Settlements receives the bank's settlement reports.
type Settlements struct{ Store *payoutstore.Store }

type settlementReport struct {
	PayoutID string `json:"payout_id"`
	Outcome  string `json:"outcome"`
}

// Routes mounts the settlement callbacks.
func (s *Settlements) Routes(r *gin.Engine, secret []byte) {
	g := r.Group("/settlements", signing.RequireHMAC(secret))
	g.POST("/completed", s.completed)
	r.POST("/settlements/returned", s.returned)
}

func (s *Settlements) completed(c *gin.Context) {
	var rep settlementReport
	if err := c.ShouldBindJSON(&rep); err != nil {
		return
	}
	if err := s.Store.SetPayoutStatus(c, rep.PayoutID, rep.Outcome); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

func (s *Settlements) returned(c *gin.Context) {
	var rep settlementReport
	if err := c.ShouldBindJSON(&rep); err != nil {
		return
	}
	if err := s.Store.SetPayoutStatus(c, rep.PayoutID, rep.Outcome); err != nil { // want `payment webhook /settlements/returned acts on the payment \(the posted status stored by payoutstore.Store.SetPayoutStatus\) without verifying`
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}
