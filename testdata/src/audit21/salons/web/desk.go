package web

import (
	"context"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"github.com/gofiber/fiber/v2"

	"audit21/salons/salon"
	"audit21/salons/store"
)

// Desk is the front-desk tablet API and the stylist app's advance button.
type Desk struct {
	Svc      *salon.Desk
	Sales    *store.Sales
	Advances *salon.Advances
	Earned   func(ctx context.Context, stylistID int64) (int64, error)
	Token    string
	Log      *slog.Logger

	qr sync.Map // sale id -> current PIX copy-paste code
}

// Mount registers the desk routes on app.
func (d *Desk) Mount(app *fiber.App) {
	g := app.Group("/desk", d.auth)
	g.Post("/sales/:id/pix", d.startPix)
	g.Get("/sales/:id/qr", d.currentQR)
	g.Get("/pix/:txid/wait", d.waitPix)
	g.Post("/sales/:id/oxxo", d.oxxo)

	s := app.Group("/stylists", d.auth)
	s.Post("/:id/advance", d.advance)
}

func (d *Desk) auth(c *fiber.Ctx) error {
	if c.Get("Authorization") != "Bearer "+d.Token {
		return fiber.NewError(fiber.StatusUnauthorized, "unauthorized")
	}
	return c.Next()
}

func (d *Desk) sale(c *fiber.Ctx) (*store.Sale, error) {
	id, err := strconv.ParseInt(c.Params("id"), 10, 64)
	if err != nil {
		return nil, fiber.NewError(fiber.StatusBadRequest, "bad sale id")
	}
	s, err := d.Sales.Get(c.UserContext(), id)
	if err != nil {
		return nil, fiber.NewError(fiber.StatusNotFound, "sale not found")
	}
	return s, nil
}

// startPix starts the PIX collection in the background; the tablet then
// asks for the QR it must show.
func (d *Desk) startPix(c *fiber.Ctx) error {
	s, err := d.sale(c)
	if err != nil {
		return err
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
		defer cancel()
		if err := d.Svc.ChargePix(ctx, s, func(code string) { d.qr.Store(s.ID, code) }); err != nil {
			d.Log.Warn("desk pix", "sale", s.ID, "err", err)
		}
		d.qr.Delete(s.ID)
	}()
	return c.SendStatus(fiber.StatusAccepted)
}

func (d *Desk) currentQR(c *fiber.Ctx) error {
	id, _ := strconv.ParseInt(c.Params("id"), 10, 64)
	code, ok := d.qr.Load(id)
	if !ok {
		return c.SendStatus(fiber.StatusNotFound)
	}
	return c.JSON(fiber.Map{"copy_paste": code})
}

func (d *Desk) waitPix(c *fiber.Ctx) error {
	status, err := d.Svc.WaitPaid(c.UserContext(), c.Params("txid"))
	if err != nil {
		return fiber.NewError(fiber.StatusBadGateway, err.Error())
	}
	return c.JSON(fiber.Map{"status": status})
}

func (d *Desk) oxxo(c *fiber.Ctx) error {
	s, err := d.sale(c)
	if err != nil {
		return err
	}
	v, err := d.Svc.PayAtOxxo(c.UserContext(), s, c.FormValue("email"))
	if err != nil {
		return fiber.NewError(fiber.StatusBadGateway, "voucher not issued")
	}
	return c.JSON(fiber.Map{"barcode": v.Barcode, "expires_at": v.ExpiresAt})
}

func (d *Desk) advance(c *fiber.Ctx) error {
	id, err := strconv.ParseInt(c.Params("id"), 10, 64)
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "bad stylist")
	}
	cents, err := strconv.ParseInt(c.FormValue("amount"), 10, 64)
	if err != nil || cents <= 0 {
		return fiber.NewError(fiber.StatusBadRequest, "bad amount")
	}
	earned, err := d.Earned(c.UserContext(), id)
	if err != nil {
		return err
	}
	p, err := d.Advances.Request(c.UserContext(), id, cents, earned)
	if err != nil {
		return fiber.NewError(fiber.StatusBadGateway, err.Error())
	}
	return c.JSON(fiber.Map{"payout_id": p.ID, "status": p.Status})
}
