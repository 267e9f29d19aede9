// Package clinicdeposit: a dental practice takes a deposit to hold an
// appointment; the card page sends the patient back to /deposit/complete
// with the transaction and a status. Holding the slot because the URL says
// settled lets a patient who never paid book it.
package clinicdeposit

import (
	"context"
	"database/sql"

	"github.com/gofiber/fiber/v2"
)

// Slots stores the practice's appointments.
type Slots struct{ db *sql.DB }

// HoldSlot stores the deposit as paid.
func (s *Slots) HoldSlot(ctx context.Context, appointment, txn string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE appointments SET deposit_status = 'paid', deposit_txn = $1 WHERE id = $2`, txn, appointment)
	return err
}

// Sale is a card sale as the gateway reports it.
type Sale struct {
	ID     string
	Status string
}

// Sales reads a sale back from the card gateway; wired elsewhere.
type Sales interface {
	FindSale(ctx context.Context, id string) (*Sale, error)
}

type Pages struct {
	slots *Slots
	sales Sales
}

func (p *Pages) Mount(app *fiber.App) {
	g := app.Group("/deposit")
	g.Get("/complete", p.complete)
	g.Get("/verified/return", p.checked)
	g.Get("/card/return", p.settlement)
}

// complete holds the slot from the query string.
func (p *Pages) complete(c *fiber.Ctx) error {
	if c.Query("status") == "settled" {
		if err := p.slots.HoldSlot(context.Background(), c.Query("appointment"), c.Query("txn")); err != nil { // want `order fulfilled in the success-redirect handler`
			return err
		}
	}
	return c.Redirect("/appointments")
}

// ---- silent ---------------------------------------------------------------------

// checked reads the sale back from the gateway first.
func (p *Pages) checked(c *fiber.Ctx) error {
	sale, err := p.sales.FindSale(context.Background(), c.Query("txn"))
	if err != nil || sale.Status != "settled" {
		return c.Redirect("/deposit/pending")
	}
	return p.slots.HoldSlot(context.Background(), c.Query("appointment"), sale.ID)
}

// settlement accepts a sale the gateway has submitted for settlement or
// settled: both are paid, so the || keeps the guard.
func (p *Pages) settlement(c *fiber.Ctx) error {
	sale, err := p.sales.FindSale(context.Background(), c.Query("txn"))
	if err != nil {
		return err
	}
	if sale.Status == "submitted_for_settlement" || sale.Status == "settled" {
		return p.slots.HoldSlot(context.Background(), c.Query("appointment"), sale.ID)
	}
	return c.Redirect("/deposit/pending")
}
