package api

import (
	"context"
	"encoding/json"
	"time"

	"github.com/gofiber/fiber/v2"

	"audit22/telehealth/ach"
	"audit22/telehealth/billing"
	"audit22/telehealth/domain"
)

// USDCConfirmer follows a USDC transfer until it is mined.
type USDCConfirmer interface {
	Confirm(ctx context.Context, consultID string, txHash string) error
}

// Rails serves the non-card ways to pay: PayPal, bank debit, USDC.
type Rails struct {
	consults ConsultStore
	paypal   *billing.PayPal
	bank     *ach.Collector
	usdc     USDCConfirmer
}

// NewRails builds the handlers.
func NewRails(c ConsultStore, pp *billing.PayPal, bank *ach.Collector, usdc USDCConfirmer) *Rails {
	return &Rails{consults: c, paypal: pp, bank: bank, usdc: usdc}
}

type payBody struct {
	VaultToken    string `json:"vault_token"`
	FundingSource string `json:"funding_source"`
	TxHash        string `json:"tx_hash"`
}

func (r *Rails) load(c *fiber.Ctx) (*domain.Consult, payBody, error) {
	var b payBody
	if err := json.Unmarshal(c.Body(), &b); err != nil {
		return nil, b, fiber.NewError(fiber.StatusBadRequest, "bad body")
	}
	cs, err := r.consults.Get(c.UserContext(), c.Params("id"))
	return cs, b, err
}

// PayPal charges the vaulted PayPal account and waits for settlement.
func (r *Rails) PayPal(c *fiber.Ctx) error {
	cs, b, err := r.load(c)
	if err != nil {
		return err
	}
	tx, err := r.paypal.Sale(c.UserContext(), cs, b.VaultToken)
	if err != nil {
		return err
	}
	if err := r.paypal.WaitSettled(c.UserContext(), tx.Id); err != nil {
		return c.JSON(fiber.Map{"status": "processing"})
	}
	if err := r.consults.MarkPaid(c.UserContext(), cs.ID, tx.Id); err != nil {
		return err
	}
	return c.JSON(fiber.Map{"status": "paid"})
}

// Bank debits the patient's linked bank account.
func (r *Rails) Bank(c *fiber.Ctx) error {
	cs, b, err := r.load(c)
	if err != nil {
		return err
	}
	url, err := r.bank.Collect(c.UserContext(), cs, b.FundingSource)
	if err != nil {
		return err
	}
	if err := r.consults.MarkPaid(c.UserContext(), cs.ID, url); err != nil {
		return err
	}
	return c.JSON(fiber.Map{"status": "paid"})
}

// USDC takes the hash the patient's wallet broadcast and follows it in
// the background.
func (r *Rails) USDC(c *fiber.Ctx) error {
	cs, b, err := r.load(c)
	if err != nil {
		return err
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 24*time.Hour)
		defer cancel()
		_ = r.usdc.Confirm(ctx, cs.ID, b.TxHash)
	}()
	return c.Status(fiber.StatusAccepted).JSON(fiber.Map{"status": "processing"})
}

// MountRails registers the rails on the patient API.
func MountRails(app *fiber.App, r *Rails) {
	v1 := app.Group("/api/v1")
	v1.Post("/consults/:id/pay/paypal", r.PayPal)
	v1.Post("/consults/:id/pay/bank", r.Bank)
	v1.Post("/consults/:id/pay/usdc", r.USDC)
}
