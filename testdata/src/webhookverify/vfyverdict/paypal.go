// Package vfyverdict: PayPal webhooks on gin and echo whose verdict is the
// VerificationStatus of the answer (SUCCESS or FAILURE, with a nil error
// either way), not the error.
package vfyverdict

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/plutov/paypal/v4"
)

type captureNotice struct {
	ID        string `json:"id"`
	EventType string `json:"event_type"`
	CaptureID string `json:"capture_id"`
}

// Captures receives PayPal capture events.
type Captures struct {
	client    *paypal.Client
	webhookID string
	db        *sql.DB
}

func (p *Captures) Routes(r *gin.Engine) {
	r.POST("/paypal/webhook/err-only", p.errOnly)
	r.POST("/paypal/webhook/status-eq", p.statusEqual)
	r.POST("/paypal/webhook/switch", p.statusSwitch)
	r.POST("/paypal/webhook/helper", p.statusHelper)
}

func (p *Captures) settle(id string) {
	p.db.Exec("UPDATE payments SET status = 'paid' WHERE capture_id = $1", id)
}

// errOnly: a FAILURE verdict comes back with a nil error.
func (p *Captures) errOnly(c *gin.Context) {
	_, err := p.client.VerifyWebhookSignature(c.Request.Context(), c.Request, p.webhookID)
	if err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var n captureNotice
	if err := c.ShouldBindJSON(&n); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	p.db.Exec("UPDATE payments SET status = 'paid' WHERE capture_id = $1", n.CaptureID) // want `checks only the error of paypal Client.VerifyWebhookSignature`
	c.Status(http.StatusOK)
}

// statusEqual: the verdict compared with SUCCESS.
func (p *Captures) statusEqual(c *gin.Context) {
	answer, err := p.client.VerifyWebhookSignature(c.Request.Context(), c.Request, p.webhookID)
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if answer.VerificationStatus == "SUCCESS" {
		var n captureNotice
		if err := c.ShouldBindJSON(&n); err == nil {
			p.db.Exec("UPDATE payments SET status = 'paid' WHERE capture_id = $1", n.CaptureID)
		}
	}
	c.Status(http.StatusOK)
}

// statusSwitch: the verdict checked in a switch.
func (p *Captures) statusSwitch(c *gin.Context) {
	answer, err := p.client.VerifyWebhookSignature(c.Request.Context(), c.Request, p.webhookID)
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	switch answer.VerificationStatus {
	case "SUCCESS":
	default:
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var n captureNotice
	if err := c.ShouldBindJSON(&n); err != nil {
		return
	}
	p.db.Exec("UPDATE payments SET status = 'paid' WHERE capture_id = $1", n.CaptureID)
}

// statusHelper: the verdict checked through a helper returning bool.
func (p *Captures) statusHelper(c *gin.Context) {
	answer, err := p.client.VerifyWebhookSignature(c.Request.Context(), c.Request, p.webhookID)
	if err != nil || !verified(answer) {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var n captureNotice
	if err := c.ShouldBindJSON(&n); err != nil {
		return
	}
	p.db.Exec("UPDATE payments SET status = 'paid' WHERE capture_id = $1", n.CaptureID)
}

func verified(a *paypal.VerifyWebhookResponse) bool {
	return a != nil && a.VerificationStatus == "SUCCESS"
}
