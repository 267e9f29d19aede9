package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"audit23/airline/domain"
	"audit23/airline/latam"
)

// Device is an airport kiosk's card reader and screen.
type Device interface {
	Retoken(ctx context.Context, kioskID string) (string, error)
	Show(ctx context.Context, kioskID, text string) error
}

// KioskAPI serves the airport kiosks and the call centre tools.
type KioskAPI struct {
	*BookingAPI
	Devices Device
	Mail    func(ctx context.Context, to, subject, text string) error
}

func (k *KioskAPI) Register(e *echo.Echo) {
	g := e.Group("/api/kiosk")
	g.POST("/:kiosk/bookings/:pnr/pix", k.pix)
	g.POST("/:kiosk/bookings/:pnr/installments", k.installments)
	ops := e.Group("/api/ops")
	ops.POST("/ancillaries/:pnr/:id/link", k.sendLink)
	ops.POST("/pix/:pnr/:txid/watch", k.watchPix)
}

func (k *KioskAPI) pix(c echo.Context) error {
	b, err := k.held(c)
	if err != nil {
		return err
	}
	kiosk := c.Param("kiosk")
	pc := *k.Pix
	pc.Show = func(ctx context.Context, pnr string, cob *latam.Cob) error {
		if err := k.Bookings.SetProviderRef(ctx, pnr, "pix", cob.TxID); err != nil {
			return err
		}
		return k.Devices.Show(ctx, kiosk, cob.Copia)
	}
	ctx, cancel := context.WithTimeout(c.Request().Context(), 15*time.Minute)
	defer cancel()
	txid, err := pc.RunRefreshing(ctx, b, 3*time.Minute)
	if err != nil {
		return c.JSON(http.StatusRequestTimeout, map[string]string{"status": "not_paid"})
	}
	return c.JSON(http.StatusOK, map[string]string{"status": "paid", "txid": txid})
}

func (k *KioskAPI) installments(c echo.Context) error {
	b, err := k.held(c)
	if err != nil {
		return err
	}
	var req installmentsRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	kiosk := c.Param("kiosk")
	p, err := k.MP.ChargeOrSimplify(c.Request().Context(), b, req.Token, req.Method, req.Installments,
		func(ctx context.Context) (string, error) { return k.Devices.Retoken(ctx, kiosk) })
	if err != nil {
		return err
	}
	if err := k.Bookings.MarkPaid(c.Request().Context(), b.PNR, "mercadopago", strconv.Itoa(p.ID)); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"status": p.Status})
}

func (k *KioskAPI) sendLink(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bad id")
	}
	b, err := k.Bookings.ByPNR(c.Request().Context(), c.Param("pnr"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "unknown booking")
	}
	a := &domain.Ancillary{ID: id, BookingID: b.ID, Kind: domain.AncillaryBag, AmountMinor: 4500, Currency: b.Currency}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Hour)
		defer cancel()
		ref, err := k.Adyen.SellByLink(ctx, a, b.PNR, func(url string) error {
			return k.Mail(ctx, b.Email, "Complete your purchase", "Pay here: "+url)
		})
		if err != nil {
			k.Log.Warn("link sale", "pnr", b.PNR, "err", err)
			return
		}
		if err := k.Ancillaries.Grant(ctx, id, ref); err != nil {
			k.Log.Error("grant after link", "pnr", b.PNR, "err", err)
		}
	}()
	return c.JSON(http.StatusAccepted, map[string]string{"status": "link_sent"})
}

func (k *KioskAPI) watchPix(c echo.Context) error {
	pnr, txid := c.Param("pnr"), c.Param("txid")
	if err := k.Bookings.SetProviderRef(c.Request().Context(), pnr, "pix", txid); err != nil {
		return err
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 24*time.Hour)
		defer cancel()
		err := k.Pix.WatchUntilPaid(ctx, txid, func(ctx context.Context, txid string) error {
			return k.Bookings.MarkPaid(ctx, pnr, "pix", txid)
		})
		if err != nil {
			k.Log.Warn("pix watch", "pnr", pnr, "err", fmt.Sprint(err))
		}
	}()
	return c.JSON(http.StatusAccepted, map[string]string{"status": "watching"})
}

// KioskGateway reaches the kiosks through the airport device gateway.
type KioskGateway struct {
	Base string
	HC   *http.Client
}

func (g *KioskGateway) Retoken(ctx context.Context, kioskID string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.Base+"/kiosks/"+kioskID+"/card/token", nil)
	if err != nil {
		return "", err
	}
	resp, err := g.HC.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		Token string `json:"token"`
	}
	return out.Token, json.NewDecoder(resp.Body).Decode(&out)
}

func (g *KioskGateway) Show(ctx context.Context, kioskID, text string) error {
	body, _ := json.Marshal(map[string]string{"text": text})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.Base+"/kiosks/"+kioskID+"/screen", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := g.HC.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
