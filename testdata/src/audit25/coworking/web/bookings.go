// Package web serves the member-facing HTTP API: bookings (echo), company
// invoices (chi), the front-desk kiosk (net/http).
package web

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/hibiken/asynq"
	"github.com/labstack/echo/v4"

	"audit25/coworking/adyenpay"
	"audit25/coworking/store"
)

type Bookings struct {
	adyen    *adyenpay.Client
	bookings *store.Bookings
	queue    *asynq.Client
	log      *slog.Logger
}

func NewBookings(adyen *adyenpay.Client, bookings *store.Bookings, queue *asynq.Client, log *slog.Logger) *Bookings {
	return &Bookings{adyen: adyen, bookings: bookings, queue: queue, log: log}
}

func (h *Bookings) Register(e *echo.Echo, auth echo.MiddlewareFunc) {
	g := e.Group("/bookings", auth)
	g.POST("/:id/checkout", h.checkout)
	g.GET("/:id/return", h.returned)
	g.GET("/:id/done", h.done)
	g.POST("/:id/cancel", h.cancel)
}

func (h *Bookings) checkout(c echo.Context) error {
	bk, err := h.bookings.Get(c.Request().Context(), c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	if bk.Status != "pending_payment" {
		return echo.NewHTTPError(http.StatusConflict, "booking is "+bk.Status)
	}
	sess, err := h.adyen.StartSession(c.Request().Context(), bk.ID, countryOf(bk.Site), bk.AmountMinor, bk.Currency)
	if err != nil {
		h.log.Error("start session", "booking", bk.ID, "err", err)
		return echo.NewHTTPError(http.StatusBadGateway)
	}
	return c.JSON(http.StatusOK, map[string]string{"id": sess.ID, "sessionData": sess.Data})
}

// returned is the Adyen returnUrl. The AUTHORISATION notification confirms
// the booking; this page only tells the member where things stand.
func (h *Bookings) returned(c echo.Context) error {
	bk, err := h.bookings.Get(c.Request().Context(), c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	if bk.Status == "confirmed" { // audit: lookalike redirectfulfill: reads our stored booking state set by the notification, and only renders
		return c.JSON(http.StatusOK, map[string]string{"state": "confirmed"})
	}
	return c.JSON(http.StatusOK, map[string]string{"state": "processing", "message": "We are confirming your payment, this page will update."})
}

// done is where the drop-in's onPaymentCompleted sends the browser.
func (h *Bookings) done(c echo.Context) error {
	id := c.Param("id")
	switch c.QueryParam("resultCode") {
	case "Authorised":
		if err := h.bookings.Confirm(c.Request().Context(), id, c.QueryParam("pspReference")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(resultCode\\)"
			return err
		}
		return c.Redirect(http.StatusSeeOther, "/app/bookings/"+id+"?welcome=1")
	case "Pending", "Received":
		return c.Redirect(http.StatusSeeOther, "/app/bookings/"+id+"?pending=1")
	default:
		return c.Redirect(http.StatusSeeOther, "/app/bookings/"+id+"?failed=1")
	}
}

func (h *Bookings) cancel(c echo.Context) error {
	ctx := c.Request().Context()
	bk, err := h.bookings.Get(ctx, c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	if bk.Status != "confirmed" {
		return echo.NewHTTPError(http.StatusConflict)
	}
	if err := h.bookings.SetStatus(ctx, bk.ID, "cancelled", ""); err != nil {
		return err
	}
	payload, _ := json.Marshal(refundTask{BookingID: bk.ID, PSPRef: bk.PSPRef, AmountMinor: bk.AmountMinor, Currency: bk.Currency})
	if _, err := h.queue.EnqueueContext(ctx, asynq.NewTask("booking:refund", payload), asynq.TaskID("refund-"+bk.ID)); err != nil {
		return err
	}
	return c.NoContent(http.StatusAccepted)
}

type refundTask struct {
	BookingID   string `json:"booking_id"`
	PSPRef      string `json:"psp_ref"`
	AmountMinor int64  `json:"amount_minor"`
	Currency    string `json:"currency"`
}

func countryOf(site string) string {
	switch site[:3] {
	case "ams":
		return "NL"
	case "ber", "muc", "ham":
		return "DE"
	}
	return "GB"
}

// PassIssuer hands out a day pass.
type PassIssuer interface {
	Issue(ctx context.Context, bookingID string) error
}
