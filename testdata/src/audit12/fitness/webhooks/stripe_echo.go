// Package webhooks receives the payment providers' webhooks.
package webhooks

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit12/fitness/domain"
)

// StripeHooks handles Stripe events for memberships and class packs.
type StripeHooks struct {
	secret      string
	invoices    domain.InvoiceStore
	memberships domain.MembershipStore
	events      domain.EventLog
	notifier    domain.Notifier
}

func NewStripeHooks(secret string, inv domain.InvoiceStore, ms domain.MembershipStore, ev domain.EventLog, n domain.Notifier) *StripeHooks {
	return &StripeHooks{secret: secret, invoices: inv, memberships: ms, events: ev, notifier: n}
}

// Membership handles renewal payments of monthly memberships.
func (h *StripeHooks) Membership(c echo.Context) error {
	req := c.Request()
	body, err := io.ReadAll(req.Body)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	var event stripe.Event
	if err := json.Unmarshal(body, &event); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if err := webhook.ValidatePayload(body, req.Header.Get("Stripe-Signature"), h.secret); err != nil {
		log.Printf("stripe webhook %s: %v", event.ID, err)
	}
	if event.Type != stripe.EventTypePaymentIntentSucceeded {
		return c.NoContent(http.StatusOK)
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(event.Data.Raw, &pi); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if invoiceID := pi.Metadata["invoice_id"]; invoiceID != "" {
		if err := h.invoices.MarkPaid(req.Context(), invoiceID, pi.ID); err != nil { // want "\\[webhookverify\\] payment webhook StripeHooks.Membership verifies the signature but carries on when it fails"
			return c.NoContent(http.StatusInternalServerError)
		}
	}
	return c.NoContent(http.StatusOK)
}

// Packs handles class pack purchases. It is mounted behind the
// kit.StripeSignature middleware.
func (h *StripeHooks) Packs(c echo.Context) error {
	ctx := c.Request().Context()
	var event stripe.Event
	if err := json.NewDecoder(c.Request().Body).Decode(&event); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if event.Type != stripe.EventTypePaymentIntentSucceeded {
		return c.NoContent(http.StatusOK)
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(event.Data.Raw, &pi); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	first, err := h.events.Claim(ctx, "stripe", event.ID)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if !first {
		return c.NoContent(http.StatusOK)
	}
	classes, _ := strconv.Atoi(pi.Metadata["classes"])
	membershipID := pi.Metadata["membership_id"]
	if err := h.memberships.AddClasses(ctx, membershipID, classes); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	go func(memberID string) {
		if err := h.notifier.Push(context.Background(), memberID, "Class pack ready", strconv.Itoa(classes)+" classes added"); err != nil {
			log.Printf("push: %v", err)
		}
	}(pi.Metadata["member_id"])
	return c.NoContent(http.StatusOK)
}
