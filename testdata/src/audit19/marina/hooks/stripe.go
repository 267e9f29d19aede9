package hooks

import (
	"context"
	"encoding/json"
	"log"

	"github.com/gofiber/fiber/v2"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit19/marina/platform"
)

// Stripe handles the Stripe notifications of the platform and of the
// Connect accounts of charter owners.
type Stripe struct {
	secret        string
	connectSecret string
	bookings      BookingStore
	earnings      EarningsAccruer
	tasks         Tasks
}

// NewStripe returns the Stripe hooks.
func NewStripe(secret, connectSecret string, b BookingStore, e EarningsAccruer, t Tasks) *Stripe {
	return &Stripe{secret: secret, connectSecret: connectSecret, bookings: b, earnings: e, tasks: t}
}

// Platform handles checkout and deposit events.
func (s *Stripe) Platform(c *fiber.Ctx) error {
	ev, err := webhook.ConstructEvent(c.Body(), c.Get("Stripe-Signature"), s.secret)
	if err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	ctx := context.Background()

	switch ev.Type {
	case stripe.EventTypeCheckoutSessionCompleted:
		var cs stripe.CheckoutSession
		if err := json.Unmarshal(ev.Data.Raw, &cs); err != nil {
			return c.SendStatus(fiber.StatusBadRequest)
		}
		if cs.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
			return c.SendStatus(fiber.StatusOK)
		}
		bookingID := cs.ClientReferenceID
		if err := s.bookings.MarkPaid(ctx, bookingID, cs.ID); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
		bk, err := s.bookings.Get(ctx, bookingID)
		if err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
		if bk.OwnerID != "" {
			if err := s.earnings.Accrue(ctx, bk.OwnerID, bk.ID, bk.AmountCents); err != nil {
				return c.SendStatus(fiber.StatusInternalServerError)
			}
		}
		if err := s.tasks.SendGateCode(ctx, bookingID); err != nil {
			log.Printf("stripe hook: gate code task for %s: %v", bookingID, err)
		}

	case "payment_intent.amount_capturable_updated":
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
			return c.SendStatus(fiber.StatusBadRequest)
		}
		if id := pi.Metadata["booking_id"]; id != "" && pi.Status == stripe.PaymentIntentStatusRequiresCapture {
			if err := s.bookings.SetDepositHold(ctx, id, pi.ID, string(pi.Status)); err != nil {
				return c.SendStatus(fiber.StatusInternalServerError)
			}
		}
	}
	return c.SendStatus(fiber.StatusOK)
}

// Connect handles refunds raised from the charter owners' dashboards.
func (s *Stripe) Connect(c *fiber.Ctx) error {
	ev, err := platform.StripeEvent(c.Body(), c.Get("Stripe-Signature"), s.connectSecret)
	if err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if ev.Type != "charge.refunded" {
		return c.SendStatus(fiber.StatusOK)
	}
	var ch stripe.Charge
	if err := json.Unmarshal(ev.Data.Raw, &ch); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if id := ch.Metadata["booking_id"]; id != "" {
		if err := s.bookings.MarkRefunded(context.Background(), id); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
	}
	return c.SendStatus(fiber.StatusOK)
}
