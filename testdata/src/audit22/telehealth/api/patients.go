// Package api serves the patient app, the clinic portal and the UK
// checkout pages.
package api

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"time"

	"github.com/gofiber/fiber/v2"
	stripe "github.com/stripe/stripe-go/v82"

	"audit22/telehealth/billing"
	"audit22/telehealth/domain"
	"audit22/telehealth/platform"
	"audit22/telehealth/store"
)

// ConsultStore is the consult store as the API uses it.
type ConsultStore interface {
	Get(ctx context.Context, id string) (*domain.Consult, error)
	MarkPaid(ctx context.Context, id, ref string) error
}

// Patients serves the patient app's payment endpoints.
type Patients struct {
	consults ConsultStore
	cards    *billing.Cards
	refunds  *billing.Refunder
	prices   map[string]string
	log      *slog.Logger
}

// NewPatients builds the handlers; prices maps a consult type to its
// Stripe price.
func NewPatients(c ConsultStore, cards *billing.Cards, r *billing.Refunder, prices map[string]string) *Patients {
	return &Patients{consults: c, cards: cards, refunds: r, prices: prices, log: platform.With("api")}
}

func (p *Patients) consult(c *fiber.Ctx) (*domain.Consult, error) {
	cs, err := p.consults.Get(c.UserContext(), c.Params("id"))
	if errors.Is(err, store.ErrNotFound) {
		return nil, fiber.NewError(fiber.StatusNotFound, "no such consult")
	}
	return cs, err
}

// Checkout starts a hosted Checkout for the consult.
func (p *Patients) Checkout(c *fiber.Ctx) error {
	cs, err := p.consult(c)
	if err != nil {
		return err
	}
	url, err := p.cards.StartCheckout(c.UserContext(), cs, p.prices["standard"])
	if err != nil {
		return err
	}
	return c.JSON(fiber.Map{"url": url})
}

// Paid is Checkout's success_url.
func (p *Patients) Paid(c *fiber.Ctx) error {
	cs, err := p.consult(c)
	if err != nil {
		return err
	}
	sess, err := p.cards.Session(c.UserContext(), c.Query("session_id"))
	if err != nil {
		return err
	}
	if sess.ClientReferenceID == cs.ID && sess.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid {
		if err := p.consults.MarkPaid(c.UserContext(), cs.ID, sess.ID); err != nil { // audit: lookalike redirectfulfill: the session is retrieved from Stripe and its payment_status compared with paid first
			return err
		}
		return c.Redirect("/app/consults/" + cs.ID + "/room")
	}
	return c.Redirect("/app/consults/" + cs.ID + "?payment=processing")
}

// Return is the return_url of the in-app Payment Element (wallets and
// 3DS cards come back here).
func (p *Patients) Return(c *fiber.Ctx) error {
	id := c.Params("id")
	if c.Query("redirect_status") == "succeeded" {
		if err := p.consults.MarkPaid(c.UserContext(), id, c.Query("payment_intent")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
			return err
		}
		return c.Redirect("/app/consults/" + id + "/room")
	}
	return c.Redirect("/app/consults/" + id + "?payment=failed")
}

// CryptoReturn is where the wallet sends the patient after a USDC
// payment: the chain watcher confirms it, the page only shows progress.
func (p *Patients) CryptoReturn(c *fiber.Ctx) error {
	cs, err := p.consult(c)
	if err != nil {
		return err
	}
	status := "processing"
	if cs.Status == domain.ConsultPaid {
		status = "paid"
	}
	return c.JSON(fiber.Map{"consult": cs.ID, "status": status, "tx": c.Query("tx")}) // audit: lookalike redirectfulfill: renders the stored state only, the chain watcher marks it paid
}

// Cancel cancels a consult and refunds it when in time.
func (p *Patients) Cancel(c *fiber.Ctx) error {
	var body struct {
		FundingSource string `json:"funding_source"`
	}
	_ = json.Unmarshal(c.Body(), &body)
	if err := p.refunds.Apply(c.UserContext(), c.Params("id"), body.FundingSource, time.Now()); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusAccepted)
}
