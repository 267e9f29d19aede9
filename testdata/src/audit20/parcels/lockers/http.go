package lockers

import (
	"context"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"

	"audit20/parcels/store"
)

// Screens pushes content to a locker's touch screen.
type Screens interface {
	ShowQR(lockerID, code string)
	ShowMessage(lockerID, text string)
}

// Handler is the renter app's and the lockers' top-up API, served by fiber.
type Handler struct {
	topups  *TopUps
	store   *store.Lockers
	screens Screens
}

func NewHandler(t *TopUps, st *store.Lockers, sc Screens) *Handler {
	return &Handler{topups: t, store: st, screens: sc}
}

func (h *Handler) Mount(app *fiber.App) {
	g := app.Group("/lockers")
	g.Post("/:id/topups/qr", h.startQR)
	g.Post("/:id/topups/app", h.startApp)
	g.Post("/:id/topups/invoice", h.startInvoice)
	g.Post("/kiosk/:locker/topups", h.kiosk)
	g.Get("/topup/finish", h.finish)
	g.Get("/topup/qr/return", h.qrReturn)
}

// kiosk starts a top-up at a locker's screen; the screen is driven from here
// until the renter pays or walks away.
func (h *Handler) kiosk(c *fiber.Ctx) error {
	lockerID := c.Params("locker")
	account := c.FormValue("account")
	amount, err := strconv.ParseInt(c.FormValue("amount"), 10, 64)
	if err != nil || amount < 10000 {
		return fiber.NewError(fiber.StatusBadRequest, "amount")
	}
	go func() {
		err := h.topups.Kiosk(context.Background(), account, amount, func(code string) { h.screens.ShowQR(lockerID, code) })
		if err != nil {
			h.screens.ShowMessage(lockerID, "Top-up not completed")
			return
		}
		h.screens.ShowMessage(lockerID, "Top-up received, thank you")
	}()
	return c.SendStatus(fiber.StatusAccepted)
}

func (h *Handler) startInvoice(c *fiber.Ctx) error {
	amount, err := strconv.ParseInt(c.FormValue("amount"), 10, 64)
	if err != nil || amount <= 0 {
		return fiber.NewError(fiber.StatusBadRequest, "amount")
	}
	account, email := c.Params("id"), c.FormValue("email")
	links := make(chan string, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
		defer cancel()
		_ = h.topups.Invoice(ctx, account, amount, email, func(url string) {
			select {
			case links <- url:
			default:
			}
		})
	}()
	select {
	case url := <-links:
		return c.JSON(map[string]string{"invoice_url": url})
	case <-time.After(20 * time.Second):
		return fiber.NewError(fiber.StatusBadGateway, "invoice not ready")
	}
}

func reqCtx(c *fiber.Ctx) (context.Context, context.CancelFunc) {
	return context.WithTimeout(c.UserContext(), 15*time.Second)
}

func (h *Handler) startQR(c *fiber.Ctx) error {
	amount, err := strconv.ParseInt(c.FormValue("amount"), 10, 64)
	if err != nil || amount <= 0 {
		return fiber.NewError(fiber.StatusBadRequest, "amount")
	}
	ctx, cancel := reqCtx(c)
	defer cancel()
	qr, err := h.topups.QR(ctx, c.Params("id"), amount, c.FormValue("currency", "THB"))
	if err != nil {
		return fiber.NewError(fiber.StatusBadGateway, err.Error())
	}
	return c.JSON(map[string]string{"qr": qr})
}

func (h *Handler) startApp(c *fiber.Ctx) error {
	amount, err := strconv.ParseInt(c.FormValue("amount"), 10, 64)
	if err != nil || amount < 10000 {
		return fiber.NewError(fiber.StatusBadRequest, "amount")
	}
	ctx, cancel := reqCtx(c)
	defer cancel()
	code, err := h.topups.App(ctx, c.Params("id"), amount)
	if err != nil {
		return fiber.NewError(fiber.StatusBadGateway, err.Error())
	}
	return c.JSON(map[string]string{"qris": code})
}

// finish is the Midtrans finish redirect URL of app top-ups.
func (h *Handler) finish(c *fiber.Ctx) error {
	orderID := c.Query("order_id")
	switch c.Query("transaction_status") {
	case "settlement", "capture":
		ctx, cancel := reqCtx(c)
		defer cancel()
		if _, err := h.store.SettleTopUp(ctx, orderID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's"
			return fiber.NewError(fiber.StatusInternalServerError, "try again")
		}
	}
	return c.Redirect("/app/lockers/topup/done?order=" + orderID)
}

// qrReturn is where the QR wallet's payment page sends the renter back.
func (h *Handler) qrReturn(c *fiber.Ctx) error {
	ctx, cancel := reqCtx(c)
	defer cancel()
	t, err := h.store.TopUp(ctx, c.Query("reference"))
	if err != nil {
		return fiber.NewError(fiber.StatusNotFound, "unknown top-up")
	}
	state := "processing"
	if t.Status == "credited" { // audit: lookalike redirectfulfill: only shows our stored state; the signed callback credits the balance
		state = "done"
	}
	return c.JSON(map[string]string{"state": state, "reference": t.ProviderRef})
}
