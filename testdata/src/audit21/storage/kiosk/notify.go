package kiosk

import (
	"context"
	"net/http"
	"strings"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
	"github.com/labstack/echo/v4"
)

type notificationBody struct {
	Live              string `json:"live"`
	NotificationItems []struct {
		Item webhook.NotificationRequestItem `json:"NotificationRequestItem"`
	} `json:"notificationItems"`
}

// notification receives Adyen's standard notifications.
func (k *Kiosk) notification(c echo.Context) error {
	var body notificationBody
	if err := c.Bind(&body); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bad body")
	}
	if len(body.NotificationItems) == 0 {
		return errNoItems
	}
	ctx := c.Request().Context()
	for _, ni := range body.NotificationItems {
		item := ni.Item
		if !hmacvalidator.ValidateHmac(item, k.hmacKey) { // audit: lookalike webhookverify: every item's HMAC is checked and a bad one refused before anything is stored
			return echo.NewHTTPError(http.StatusUnauthorized, "bad hmac")
		}
		if item.EventCode != "AUTHORISATION" {
			continue
		}
		ref := item.MerchantReference
		if item.Success != "true" {
			if err := k.st.MarkFailedByRef(ctx, ref, "refused"); err != nil {
				return err
			}
			continue
		}
		rentalID, err := k.st.MarkPaidByRef(ctx, ref)
		if err != nil {
			return err
		}
		if strings.HasPrefix(ref, "KIOSK-") {
			if err := k.st.ExtendPaidThrough(ctx, rentalID, 1); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(store\\.Store\\.ExtendPaidThrough: sql\\.DB\\.ExecContext:"
				return err
			}
		}
		if k.OnPaid != nil {
			go k.OnPaid(context.WithoutCancel(ctx), rentalID) // audit: lookalike webhookack: the gate controller is updated from a goroutine; the handler answers [accepted] without waiting for it
		}
	}
	return c.String(http.StatusOK, "[accepted]")
}
