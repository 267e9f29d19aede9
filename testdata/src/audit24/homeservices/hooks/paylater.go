package hooks

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	"github.com/labstack/echo/v4"

	"audit24/homeservices/domain"
	"audit24/homeservices/platform"
)

// PayLater receives order and refund notifications from the pay-later
// provider.
type PayLater struct {
	bookings Bookings
	key      string
	log      *slog.Logger
}

func NewPayLater(bookings Bookings, key string, log *slog.Logger) *PayLater {
	return &PayLater{bookings: bookings, key: key, log: log}
}

type orderNotice struct {
	Token             string `json:"orderToken"`
	Status            string `json:"status"`
	MerchantReference string `json:"merchantReference"`
	Amount            struct {
		Amount   string `json:"amount"`
		Currency string `json:"currency"`
	} `json:"amount"`
}

// Order handles order status changes (echo).
func (h *PayLater) Order(c echo.Context) error {
	var n orderNotice
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	ctx := c.Request().Context()
	switch n.Status {
	case "APPROVED", "CAPTURED":
		if err := h.bookings.MarkPaid(ctx, n.MerchantReference); err != nil {
			return c.NoContent(http.StatusInternalServerError)
		}
	case "DECLINED", "EXPIRED":
		_ = h.bookings.SetStatus(ctx, n.MerchantReference, domain.BookingCancelled)
	}
	return c.NoContent(http.StatusOK)
}

type refundNotice struct {
	RefundID          string `json:"refundId"`
	Status            string `json:"status"`
	MerchantReference string `json:"merchantReference"`
}

// Refund handles refund notifications (net/http). Signatures are being
// rolled out by the provider; until every region sends them we only log a
// mismatch.
func (h *PayLater) Refund(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if !platform.ValidSignature(h.key, body, r.Header.Get("X-Signature")) {
		h.log.Warn("paylater refund signature mismatch", "ip", r.RemoteAddr)
	}
	var n refundNotice
	if err := json.Unmarshal(body, &n); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if n.Status == "REFUNDED" {
		if err := h.bookings.SetStatus(r.Context(), n.MerchantReference, domain.BookingRefunded); err != nil { // want "\\[webhookverify\\] payment webhook PayLater\\.Refund verifies the signature but carries on when"
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
