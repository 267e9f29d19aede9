// Package pphooks receives PayPal Payouts webhooks
// (PAYMENT.PAYOUTS-ITEM.SUCCEEDED / FAILED) on an echo server.
package pphooks

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/plutov/paypal/v4"
)

// Mailer sends transactional e-mail.
type Mailer interface {
	SendPayoutReceipt(ctx context.Context, sellerID, amount string) error
}

// Ledger is the seller-balance store.
type Ledger interface {
	// ClaimEvent records the webhook id; false when it was seen before.
	ClaimEvent(ctx context.Context, eventID string) (bool, error)
	// SettlePayout moves the item's amount from pending to paid out.
	SettlePayout(ctx context.Context, payoutItemID string) error
	MarkPayoutFailed(ctx context.Context, payoutItemID string) error
}

// Hooks holds the PayPal webhook handlers.
type Hooks struct {
	pp        *paypal.Client
	webhookID string
	ledger    Ledger
	mail      Mailer
}

type ppEvent struct {
	ID        string `json:"id"`
	EventType string `json:"event_type"`
	Resource  struct {
		PayoutItemID string `json:"payout_item_id"`
		SenderItemID string `json:"sender_item_id"`
		Amount       struct {
			Value string `json:"value"`
		} `json:"payout_item"`
	} `json:"resource"`
}

func decode(c echo.Context) (ppEvent, []byte, error) {
	var ev ppEvent
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return ev, nil, err
	}
	return ev, body, json.Unmarshal(body, &ev)
}

// Payouts checks the call to PayPal went through, not its verdict.
func (h *Hooks) Payouts(c echo.Context) error {
	if _, err := h.pp.VerifyWebhookSignature(c.Request().Context(), c.Request(), h.webhookID); err != nil {
		return c.NoContent(http.StatusUnauthorized)
	}
	ev, _, err := decode(c)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if ev.EventType == "PAYMENT.PAYOUTS-ITEM.FAILED" {
		if err := h.ledger.MarkPayoutFailed(c.Request().Context(), ev.Resource.PayoutItemID); err != nil { // want "\\[webhookverify\\] payment webhook /webhooks/paypal/payouts checks only the error of paypal Client.VerifyWebhookSignature.* before failed payment state stored by pphooks.Ledger.MarkPayoutFailed"
			return c.NoContent(http.StatusInternalServerError)
		}
	}
	return c.NoContent(http.StatusOK)
}

// PayoutsV2 compares the verdict, claims the event id, then mails the
// seller before answering PayPal.
func (h *Hooks) PayoutsV2(c echo.Context) error {
	ctx := c.Request().Context()
	res, err := h.pp.VerifyWebhookSignature(ctx, c.Request(), h.webhookID)
	if err != nil || res.VerificationStatus != "SUCCESS" {
		return c.NoContent(http.StatusUnauthorized)
	}
	ev, _, err := decode(c)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	fresh, err := h.ledger.ClaimEvent(ctx, ev.ID)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if !fresh {
		return c.NoContent(http.StatusOK)
	}
	if ev.EventType == "PAYMENT.PAYOUTS-ITEM.SUCCEEDED" {
		if err := h.ledger.SettlePayout(ctx, ev.Resource.PayoutItemID); err != nil {
			return c.NoContent(http.StatusInternalServerError)
		}
		h.mail.SendPayoutReceipt(ctx, ev.Resource.SenderItemID, ev.Resource.Amount.Value) // want "\\[webhookack\\] webhook handler sends a message \\(pphooks.Mailer.SendPayoutReceipt\\)"
	}
	return c.NoContent(http.StatusOK)
}

// Register mounts the handlers.
func Register(e *echo.Echo, h *Hooks) {
	e.POST("/webhooks/paypal/payouts", h.Payouts)
	e.POST("/webhooks/paypal/payouts/v2", h.PayoutsV2)
}

// NewHooks builds the handlers.
func NewHooks(pp *paypal.Client, webhookID string, l Ledger, m Mailer) *Hooks {
	return &Hooks{pp: pp, webhookID: webhookID, ledger: l, mail: m}
}
