package web

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"audit16/civic/extsvc"
	"audit16/civic/instantpay"
	"audit16/civic/store"
)

// Instant starts instant payments of council-tax bills.
type Instant struct {
	kiosk *instantpay.Kiosk
	taxes *store.TaxStore
}

func NewInstant(k *instantpay.Kiosk, taxes *store.TaxStore) *Instant {
	return &Instant{kiosk: k, taxes: taxes}
}

// Online serves POST /tax/bills/:id/instant: one request-to-pay, then
// the page waits for the notification.
func (h *Instant) Online(c echo.Context) error {
	ctx := c.Request().Context()
	bill, err := h.taxes.Bill(ctx, c.Param("id"))
	if err != nil {
		return c.NoContent(http.StatusNotFound)
	}
	ch, err := h.kiosk.RequestOnline(ctx, bill, c.FormValue("alias"))
	if err != nil {
		return c.String(http.StatusBadGateway, "Your bank could not be reached.")
	}
	if err := h.taxes.SetCharge(ctx, bill.ID, ch.ID); err != nil {
		return err
	}
	return c.JSON(http.StatusAccepted, map[string]string{"charge": ch.ID, "status": ch.Status})
}

// Kiosk serves POST /kiosk/bills/:id/pay at the town-hall kiosks.
func (h *Instant) Kiosk(c echo.Context) error {
	ctx := c.Request().Context()
	bill, err := h.taxes.Bill(ctx, c.Param("id"))
	if err != nil {
		return c.NoContent(http.StatusNotFound)
	}
	ch, err := h.kiosk.PayBill(ctx, bill, c.FormValue("alias"))
	if err != nil {
		return c.String(http.StatusPaymentRequired, "The payment was not approved.")
	}
	if err := h.taxes.SetCharge(ctx, bill.ID, ch.ID); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]string{"charge": ch.ID})
}

// Map serves GET /map/tiles/:z/:x/:y for the parking-zone map.
type Map struct {
	tiles *extsvc.Tiles
}

func NewMap(t *extsvc.Tiles) *Map { return &Map{tiles: t} }

func (m *Map) Tile(c echo.Context) error {
	z, err1 := strconv.Atoi(c.Param("z"))
	x, err2 := strconv.Atoi(c.Param("x"))
	y, err3 := strconv.Atoi(c.Param("y"))
	if err1 != nil || err2 != nil || err3 != nil {
		return c.NoContent(http.StatusNotFound)
	}
	png, err := m.tiles.Fetch(c.Request().Context(), z, x, y)
	if err != nil {
		return c.NoContent(http.StatusBadGateway)
	}
	c.Response().Writer.Header().Set("Content-Type", "image/png")
	_, err = c.Response().Writer.Write(png)
	return err
}
