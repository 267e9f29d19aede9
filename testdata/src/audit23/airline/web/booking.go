// Package web holds the HTTP side: the booking API and return pages (echo),
// provider notifications (chi) and the Mercado Pago back pages (net/http).
package web

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/hibiken/asynq"
	"github.com/labstack/echo/v4"

	"audit23/airline/adyenpay"
	"audit23/airline/domain"
	"audit23/airline/jobs"
	"audit23/airline/latam"
	"audit23/airline/paypal"
	"audit23/airline/store"
)

// Ancillaries is what the handlers need of the ancillary store.
type Ancillaries interface {
	Add(ctx context.Context, a *domain.Ancillary) error
	Grant(ctx context.Context, id int64, paymentRef string) error
}

type BookingAPI struct {
	Bookings    *store.Bookings
	Ancillaries Ancillaries
	Holds       *store.Holds
	Adyen       *adyenpay.Client
	PayPal      *paypal.Client
	MP          *latam.MercadoPago
	Pix         *latam.PixCheckout
	Queue       *asynq.Client
	HoldTTL     time.Duration
	PublicURL   string
	Log         *slog.Logger
}

type holdRequest struct {
	Flight   string   `json:"flight"`
	Seats    []string `json:"seats"`
	Market   string   `json:"market"`
	Currency string   `json:"currency"`
	Amount   int64    `json:"amount_minor"`
	Email    string   `json:"email"`
}

func (h *BookingAPI) Register(e *echo.Echo) {
	g := e.Group("/api")
	g.POST("/bookings", h.hold)
	g.POST("/bookings/:pnr/pay/adyen", h.payAdyen)
	g.POST("/bookings/:pnr/pay/paypal", h.payPayPal)
	g.POST("/bookings/:pnr/pay/pix", h.payPix)
	g.POST("/bookings/:pnr/pay/installments", h.payInstallments)
	g.POST("/bookings/:pnr/ancillaries", h.buyAncillary)
	e.GET("/booking/:pnr/return", h.bookingReturn)
	e.GET("/ancillaries/:id/return", h.ancillaryReturn)
}

func (h *BookingAPI) hold(c echo.Context) error {
	var req holdRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	ctx := c.Request().Context()
	pnr := newPNR()
	for _, seat := range req.Seats {
		ok, err := h.Holds.Take(ctx, req.Flight, seat, pnr)
		if err != nil {
			return err
		}
		if !ok {
			return echo.NewHTTPError(http.StatusConflict, "seat "+seat+" is no longer available")
		}
	}
	b := &domain.Booking{
		PNR:         pnr,
		Market:      domain.Market(req.Market),
		Currency:    req.Currency,
		AmountMinor: req.Amount,
		Status:      domain.BookingHeld,
		Email:       req.Email,
		HoldUntil:   time.Now().Add(h.HoldTTL),
	}
	if err := h.Bookings.Save(ctx, b); err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, map[string]any{"pnr": pnr, "hold_until": b.HoldUntil})
}

func (h *BookingAPI) held(c echo.Context) (*domain.Booking, error) {
	b, err := h.Bookings.ByPNR(c.Request().Context(), c.Param("pnr"))
	if err != nil {
		return nil, echo.NewHTTPError(http.StatusNotFound, "unknown booking")
	}
	if b.Expired(time.Now()) {
		return nil, echo.NewHTTPError(http.StatusGone, domain.ErrHoldExpired.Error())
	}
	return b, nil
}

func (h *BookingAPI) payAdyen(c echo.Context) error {
	b, err := h.held(c)
	if err != nil {
		return err
	}
	s, err := h.Adyen.StartSession(c.Request().Context(), b)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, s)
}

func (h *BookingAPI) payPayPal(c echo.Context) error {
	b, err := h.held(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	o, err := h.PayPal.CreateOrder(ctx, b.PNR,
		paypal.Money{CurrencyCode: b.Currency, Value: fmt.Sprintf("%d.%02d", b.AmountMinor/100, b.AmountMinor%100)},
		h.PublicURL+"/pay/paypal/return?pnr="+b.PNR, h.PublicURL+"/booking/"+b.PNR)
	if err != nil {
		return err
	}
	if err := h.Bookings.SetStatus(ctx, b.PNR, domain.BookingPending); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]string{"approve_url": o.ApproveURL()})
}

func (h *BookingAPI) payPix(c echo.Context) error {
	b, err := h.held(c)
	if err != nil {
		return err
	}
	if err := h.Bookings.SetStatus(c.Request().Context(), b.PNR, domain.BookingPending); err != nil {
		return err
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*h.Pix.Expiry+10*time.Minute)
		defer cancel()
		txid, err := h.Pix.Run(ctx, b)
		if err != nil {
			h.Log.Warn("pix checkout ended", "pnr", b.PNR, "err", err)
			return
		}
		h.Log.Info("pix paid", "pnr", b.PNR, "txid", txid)
	}()
	return c.JSON(http.StatusAccepted, map[string]string{"status": "waiting_for_pix"})
}

type installmentsRequest struct {
	Token        string `json:"token"`
	Method       string `json:"payment_method_id"`
	Installments int    `json:"installments"`
}

func (h *BookingAPI) payInstallments(c echo.Context) error {
	b, err := h.held(c)
	if err != nil {
		return err
	}
	var req installmentsRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	ctx := c.Request().Context()
	p, err := h.MP.ChargeInstallments(ctx, b, req.Token, req.Method, req.Installments)
	if err != nil {
		return err
	}
	switch p.Status {
	case "approved":
		if err := h.Bookings.MarkPaid(ctx, b.PNR, "mercadopago", strconv.Itoa(p.ID)); err != nil {
			return err
		}
	case "rejected":
		return c.JSON(http.StatusPaymentRequired, map[string]string{"status": p.Status, "detail": p.StatusDetail})
	default:
		if err := h.Bookings.SetProviderRef(ctx, b.PNR, "mercadopago", strconv.Itoa(p.ID)); err != nil {
			return err
		}
		if err := h.Bookings.SetStatus(ctx, b.PNR, domain.BookingPending); err != nil {
			return err
		}
		if p.Status == "in_process" && h.Queue != nil {
			if _, err := h.Queue.EnqueueContext(ctx, jobs.NewSettleTask(b.PNR, p.ID)); err != nil {
				h.Log.Error("enqueue settle", "pnr", b.PNR, "err", err)
			}
		}
	}
	return c.JSON(http.StatusOK, map[string]any{"status": p.Status, "payment_id": p.ID})
}

type ancillaryRequest struct {
	Kind    string `json:"kind"`
	Segment string `json:"segment"`
	Seat    string `json:"seat"`
	Amount  int64  `json:"amount_minor"`
	Channel string `json:"channel"` // "web" or "mp"
}

func (h *BookingAPI) buyAncillary(c echo.Context) error {
	ctx := c.Request().Context()
	b, err := h.Bookings.ByPNR(ctx, c.Param("pnr"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "unknown booking")
	}
	var req ancillaryRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	a := &domain.Ancillary{
		BookingID: b.ID, Kind: domain.AncillaryKind(req.Kind), Segment: req.Segment,
		SeatNumber: req.Seat, AmountMinor: req.Amount, Currency: b.Currency, Status: "pending",
	}
	if err := h.Ancillaries.Add(ctx, a); err != nil {
		return err
	}
	if req.Channel == "mp" {
		url, err := h.MP.AncillaryCheckout(ctx, a, b.PNR, b.Email)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, map[string]string{"redirect": url})
	}
	psp, err := h.Adyen.Charge(ctx, a, b.PNR)
	if err != nil {
		return err
	}
	if err := h.Ancillaries.Grant(ctx, a.ID, psp); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]string{"status": "issued"})
}

// bookingReturn is the Adyen Drop-in return URL.
func (h *BookingAPI) bookingReturn(c echo.Context) error {
	pnr := c.Param("pnr")
	if c.QueryParam("sessionResult") == "" {
		return c.Redirect(http.StatusFound, "/booking/"+pnr)
	}
	// The AUTHORISATION notification confirms the booking; the page polls
	// /api/bookings/:pnr until then.
	return c.JSON(http.StatusOK, map[string]string{"pnr": pnr, "status": "processing"}) // audit: lookalike redirectfulfill: the return page only shows processing; the notification confirms
}

// ancillaryReturn is where the hosted payment page sends the passenger
// after paying for a seat or bag at the airport kiosk.
func (h *BookingAPI) ancillaryReturn(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bad id")
	}
	if c.QueryParam("authResult") == "AUTHORISED" {
		if err := h.Ancillaries.Grant(c.Request().Context(), id, c.QueryParam("pspReference")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(authResult\\)"
			return err
		}
		return c.JSON(http.StatusOK, map[string]string{"status": "issued"})
	}
	return c.JSON(http.StatusOK, map[string]string{"status": "not_paid"})
}

func newPNR() string {
	const letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
	n := time.Now().UnixNano()
	b := make([]byte, 6)
	for i := range b {
		b[i] = letters[n%int64(len(letters))]
		n /= int64(len(letters))
	}
	return string(b)
}
