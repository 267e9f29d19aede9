// Package web is the course platform's HTTP layer: each webhook handler
// holds the billing service behind its interface, and its own constructor
// binds it to what membership's constructor builds.
package web

import (
	"database/sql"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"

	"selfwiredhook/membership"
)

// WebhookController receives Stripe's events.
type WebhookController interface {
	HandleStripe(c *gin.Context)
}

type webhookController struct {
	billing membership.Billing
	db      *sql.DB
}

// NewWebhookController binds the billing service that processes in line.
func NewWebhookController(db *sql.DB, secret string) WebhookController {
	return &webhookController{billing: membership.NewBilling(db, secret), db: db}
}

// NewWebhookControllerWithBilling lets tests inject a fake billing service;
// its callers bind the field.
func NewWebhookControllerWithBilling(db *sql.DB, billing membership.Billing) WebhookController {
	return &webhookController{billing: billing, db: db}
}

// HandleStripe verifies the event, then processes it before answering:
// the service tags the subscription at Stripe on the way.
func (wc *webhookController) HandleStripe(c *gin.Context) {
	payload, err := c.GetRawData()
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "unreadable body"})
		return
	}
	signature := c.GetHeader("Stripe-Signature")
	if _, err := wc.billing.VerifyEvent(payload, signature); err != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "bad signature"})
		return
	}
	if err := wc.billing.ProcessEvent(payload, signature); err != nil { // want `webhook handler calls membership.Billing.ProcessEvent \(membership.stripeBilling.ProcessEvent\), which calls membership.stripeBilling.sessionCompleted, which calls the payment provider \(stripe subscription.Update\) before answering`
		c.JSON(http.StatusInternalServerError, gin.H{"error": "processing failed"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"received": true})
}

// renewalHooks is built field by field.
type renewalHooks struct {
	billing membership.Billing
}

func newRenewalHooks(db *sql.DB, secret string) *renewalHooks {
	h := &renewalHooks{}
	h.billing = membership.NewBilling(db, secret)
	return h
}

// Renewed processes the renewal before it writes its status.
func (h *renewalHooks) Renewed(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "unreadable body", http.StatusBadRequest)
		return
	}
	if err := h.billing.ProcessEvent(body, r.Header.Get("Stripe-Signature")); err != nil { // want `webhook handler calls membership.Billing.ProcessEvent \(membership.stripeBilling.ProcessEvent\)`
		http.Error(w, "processing failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// invoiceHooks is bound through a local variable.
type invoiceHooks struct {
	billing membership.Billing
}

func newInvoiceHooks(db *sql.DB, secret string) *invoiceHooks {
	billing := membership.NewBilling(db, secret)
	return &invoiceHooks{billing: billing}
}

// Paid processes the invoice event, then answers.
func (h *invoiceHooks) Paid(c *gin.Context) {
	payload, _ := c.GetRawData()
	if err := h.billing.ProcessEvent(payload, c.GetHeader("Stripe-Signature")); err != nil { // want `webhook handler calls membership.Billing.ProcessEvent \(membership.stripeBilling.ProcessEvent\)`
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Register mounts the webhooks.
func Register(r *gin.Engine, mux *http.ServeMux, db *sql.DB, secret string) {
	wc := NewWebhookController(db, secret)
	r.POST("/webhooks/stripe", wc.HandleStripe)
	r.POST("/webhooks/stripe/invoices", newInvoiceHooks(db, secret).Paid)
	mux.HandleFunc("/webhooks/stripe/renewals", newRenewalHooks(db, secret).Renewed)
}
