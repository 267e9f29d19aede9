package webhooks

import (
	"context"
	"fmt"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/gofiber/fiber/v2"

	"audit15/academy/domain"
	"audit15/academy/store"
)

// PaymentReader fetches a payment back from Mollie.
type PaymentReader interface {
	Payment(ctx context.Context, paymentID string) (*mollie.Payment, error)
}

// Mollie handles Mollie's payment webhook. Mollie posts only the payment
// id; the state is always read back from the API.
type Mollie struct {
	payments PaymentReader
	orders   *store.Orders
	enroller domain.Enroller
	earnings domain.EarningsRecorder
	mail     domain.Mailer
	emailOf  func(ctx context.Context, learnerID string) (string, error)
}

func NewMollie(p PaymentReader, orders *store.Orders, e domain.Enroller, earn domain.EarningsRecorder,
	mail domain.Mailer, emailOf func(context.Context, string) (string, error)) *Mollie {
	return &Mollie{payments: p, orders: orders, enroller: e, earnings: earn, mail: mail, emailOf: emailOf}
}

func (h *Mollie) Handle(c *fiber.Ctx) error {
	id := c.FormValue("id")
	if id == "" {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	ctx := c.UserContext()
	p, err := h.payments.Payment(ctx, id)
	if err != nil {
		return c.SendStatus(fiber.StatusBadGateway)
	}
	if p.Status != "paid" {
		return c.SendStatus(fiber.StatusOK)
	}
	o, err := h.orders.ByProviderRef(ctx, p.ID)
	if err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	first, err := h.orders.MarkPaid(ctx, o.ID)
	if err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	if err := h.enroller.Enroll(ctx, o.LearnerID, o.CourseID, o.ID); err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	if err := h.earnings.RecordSale(ctx, o.ID, o.AmountMinor, "EUR"); err != nil { // audit: reported at cmd/academyd/main.go:80 (webhookdedupe, payment/q19_writequery.go: an earnings row is money owed; handler/q19_caserr.go: the MarkPaid error beside its answer guards nothing): earnings.RecordSale (domain.EarningsRecorder, wired in main to store.Earnings: bun INSERT INTO instructor_earnings) on every delivery; the MarkPaid compare-and-set result guards only the mail (KeyStone "Always handle webhooks idempotently")
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	if first {
		to, err := h.emailOf(ctx, o.LearnerID)
		if err == nil {
			_ = h.mail.Send(ctx, to, "Welcome to your course", fmt.Sprintf("Your order %s is confirmed.", o.ID)) // audit: reported at cmd/academyd/main.go:80 (webhookack, handler/d18_hookmount.go): welcome mail sent (domain.Mailer, wired in main to jobs.SMTPMailer: smtp.SendMail) before answering 200 (Exirom "Respond 200 first, process async")
		}
	}
	return c.SendStatus(fiber.StatusOK)
}
