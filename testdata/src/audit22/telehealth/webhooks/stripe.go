// Package webhooks receives the providers' event deliveries.
package webhooks

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"

	"github.com/gofiber/fiber/v2"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit22/telehealth/domain"
	"audit22/telehealth/platform"
	"audit22/telehealth/store"
)

// Consults is the consult store as the hooks use it.
type Consults interface {
	Get(ctx context.Context, id string) (*domain.Consult, error)
	MarkPaid(ctx context.Context, id, ref string) error
	MarkRefunded(ctx context.Context, id string) error
}

// Stripe handles Stripe deliveries for the patient account and for the
// Connect platform.
type Stripe struct {
	secret   string
	consults Consults
	ledger   *store.Ledger
	mail     *platform.Mailer
	log      *slog.Logger
}

// NewStripe builds the Stripe hooks.
func NewStripe(secret string, c Consults, l *store.Ledger, m *platform.Mailer) *Stripe {
	return &Stripe{secret: secret, consults: c, ledger: l, mail: m, log: platform.With("stripe-hooks")}
}

// Payments handles payment_intent and checkout.session events.
func (h *Stripe) Payments(c *fiber.Ctx) error {
	evt, err := webhook.ConstructEvent(c.Body(), c.Get("Stripe-Signature"), h.secret)
	if err != nil {
		// Stripe CLI forwards without a valid signature in dev; log and go on.
		h.log.Warn("stripe signature", "err", err)
		if e := json.Unmarshal(c.Body(), &evt); e != nil {
			return c.SendStatus(fiber.StatusBadRequest)
		}
	}
	ctx := c.UserContext()
	switch evt.Type {
	case stripe.EventTypePaymentIntentSucceeded:
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
			return c.SendStatus(fiber.StatusBadRequest)
		}
		if id := pi.Metadata["consult_id"]; id != "" {
			if err := h.consults.MarkPaid(ctx, id, pi.ID); err != nil { // want "\\[webhookverify\\] payment webhook Stripe\\.Payments verifies the signature but carries on when"
				return err
			}
		}
	case stripe.EventTypeCheckoutSessionCompleted:
		var s stripe.CheckoutSession
		if err := json.Unmarshal(evt.Data.Raw, &s); err != nil {
			return c.SendStatus(fiber.StatusBadRequest)
		}
		if s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid {
			if err := h.consults.MarkPaid(ctx, s.ClientReferenceID, s.ID); err != nil { // want "\\[webhookverify\\] payment webhook Stripe\\.Payments verifies the signature but carries on when"
				return err
			}
		}
	}
	return c.SendStatus(fiber.StatusOK)
}

// Connect handles payout events of the clinicians' connected accounts.
// It is mounted behind platform.StripeSigned, which checks the signature.
func (h *Stripe) Connect(c *fiber.Ctx) error {
	var evt stripe.Event
	if err := json.Unmarshal(c.Body(), &evt); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if evt.Type != "payout.paid" && evt.Type != "payout.failed" {
		return c.SendStatus(fiber.StatusOK)
	}
	var po stripe.Payout
	if err := json.Unmarshal(evt.Data.Raw, &po); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	var runID int64
	if _, err := fmt.Sscan(po.Metadata["payout_run"], &runID); err != nil {
		return c.SendStatus(fiber.StatusOK)
	}
	if err := h.ledger.SetPayoutID(c.UserContext(), runID, po.ID, string(po.Status)); err != nil { // audit: lookalike webhookverify: the Connect route is mounted behind platform.StripeSigned in api.Mount
		return err
	}
	return c.SendStatus(fiber.StatusOK)
}

// Refunds handles charge.refunded: books the refund and tells the
// patient.
func (h *Stripe) Refunds(c *fiber.Ctx) error {
	evt, err := webhook.ConstructEvent(c.Body(), c.Get("Stripe-Signature"), h.secret)
	if err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if evt.Type != "charge.refunded" {
		return c.SendStatus(fiber.StatusOK)
	}
	var ch stripe.Charge
	if err := json.Unmarshal(evt.Data.Raw, &ch); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	ctx := c.UserContext()
	consultID := ch.Metadata["consult_id"]
	fresh, err := h.ledger.AddRefundEntry(ctx, evt.ID, consultID, ch.Amount) // audit: lookalike webhookdedupe: INSERT IGNORE keyed by the event id, rows affected decides whether this delivery is new
	if err != nil {
		return err
	}
	if !fresh {
		return c.SendStatus(fiber.StatusOK)
	}
	if err := h.consults.MarkRefunded(ctx, consultID); err != nil { // audit: lookalike webhookverify: ConstructEvent error returns 400 before anything is stored
		return err
	}
	consult, err := h.consults.Get(ctx, consultID)
	if err != nil {
		return err
	}
	body := fmt.Sprintf("Your consultation on %s was refunded: $%d.%02d", consult.ScheduledAt.Format("Jan 2"), ch.Amount/100, ch.Amount%100)
	if err := h.mail.Send(consult.PatientEmail, "Your refund", body); err != nil { // want "\\[webhookack\\] webhook handler calls platform\\.Mailer\\.Send, which sends a message \\(smtp\\.SendMail\\)"
		h.log.Error("refund mail", "err", err)
	}
	return c.SendStatus(fiber.StatusOK)
}
