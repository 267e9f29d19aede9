package hooks

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"

	"audit11/crowdfunding/bankpay"
	"audit11/crowdfunding/domain"
)

// Bank handles Ferro Bank payout notifications.
type Bank struct {
	secret string
	store  domain.CampaignStore
}

func NewBank(secret string, store domain.CampaignStore) *Bank {
	return &Bank{secret: secret, store: store}
}

// RegisterBank mounts the bank's notification endpoint.
func RegisterBank(e *echo.Echo, h *Bank) {
	e.POST("/webhooks/ferro", h.Handle)
}

type bankEvent struct {
	EventID  string `json:"event_id"`
	Type     string `json:"type"` // payout.settled, payout.returned
	PayoutID string `json:"payout_id"`
	Reason   string `json:"reason"`
}

// Handle records what the bank says about one of our payouts.
func (h *Bank) Handle(c echo.Context) error {
	body, err := io.ReadAll(io.LimitReader(c.Request().Body, 32<<10))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	if h.secret != "" {
		if err := bankpay.VerifySignature(body, c.Request().Header.Get("X-Ferro-Signature"), h.secret); err != nil {
			return echo.NewHTTPError(http.StatusUnauthorized, "bad signature")
		}
	}
	var ev bankEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	ctx := c.Request().Context()
	p, err := h.store.PayoutByRef(ctx, ev.PayoutID)
	if errors.Is(err, domain.ErrNotFound) {
		return c.NoContent(http.StatusOK)
	} else if err != nil {
		return err
	}
	if p.Status == "paid" || p.Status == "returned" {
		return c.NoContent(http.StatusOK)
	}
	switch ev.Type {
	case "payout.settled":
		p.Status = "paid"
		if err := h.store.SavePayout(ctx, p); err != nil {
			return err
		}
		if err := h.store.AddPaidOut(ctx, p.CreatorID, p.AmountCents); err != nil {
			return err
		}
	case "payout.returned":
		p.Status = "returned"
		if err := h.store.SavePayout(ctx, p); err != nil {
			return err
		}
	}
	return c.NoContent(http.StatusOK)
}
