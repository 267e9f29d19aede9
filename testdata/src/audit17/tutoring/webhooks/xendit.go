package webhooks

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"audit17/tutoring/store"
)

// CallbackToken checks Xendit's x-callback-token header.
func CallbackToken(token string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			got := c.Request().Header.Get("x-callback-token")
			if got != "" && got != token {
				return c.NoContent(http.StatusUnauthorized)
			}
			return next(c)
		}
	}
}

// Xendit handles Xendit payment-request callbacks.
type Xendit struct {
	bookings *store.Bookings
	events   *store.Events
}

// NewXendit returns the Xendit webhook handler.
func NewXendit(b *store.Bookings, ev *store.Events) *Xendit { return &Xendit{bookings: b, events: ev} }

type xenditCallback struct {
	Event string `json:"event"`
	Data  struct {
		ID          string `json:"id"`
		ReferenceID string `json:"reference_id"`
		Status      string `json:"status"`
	} `json:"data"`
}

// PaymentSucceeded grants the booking once Xendit reports the payment.
func (h *Xendit) PaymentSucceeded(c echo.Context) error {
	var cb xenditCallback
	if err := c.Bind(&cb); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if cb.Event != "payment.succeeded" || cb.Data.Status != "SUCCEEDED" {
		return c.NoContent(http.StatusOK)
	}
	ctx := c.Request().Context()
	fresh, err := h.events.Claim(ctx, "xendit:"+cb.Data.ID+":"+cb.Data.Status)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if !fresh {
		return c.NoContent(http.StatusOK)
	}
	id, err := strconv.ParseInt(strings.TrimPrefix(cb.Data.ReferenceID, "bk-"), 10, 64)
	if err != nil {
		return c.NoContent(http.StatusOK)
	}
	b, err := h.bookings.Get(ctx, id)
	if err != nil {
		return c.NoContent(http.StatusOK)
	}
	if err := h.bookings.MarkPaid(ctx, b.ID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if err := h.bookings.GrantCredits(ctx, b.StudentID, b.Credits); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}
