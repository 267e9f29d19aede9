package adyenecho

import (
	"context"
	"log"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
)

// notificationRequest is Adyen's standard notification envelope.
type notificationRequest struct {
	Live              string `json:"live"`
	NotificationItems []struct {
		Item webhook.NotificationRequestItem `json:"NotificationRequestItem"`
	} `json:"notificationItems"`
}

type Notifications struct {
	db      *sqlx.DB
	hmacKey string
}

func NewNotifications(db *sqlx.DB, hmacKey string) *Notifications {
	return &Notifications{db: db, hmacKey: hmacKey}
}

// Standard handles the live merchant account's notifications.
func (n *Notifications) Standard(c echo.Context) error {
	var req notificationRequest
	if err := c.Bind(&req); err != nil {
		return c.String(http.StatusBadRequest, "bad request")
	}
	ctx := c.Request().Context()
	for _, ni := range req.NotificationItems {
		item := ni.Item
		if !hmacvalidator.ValidateHmac(item, n.hmacKey) {
			log.Printf("adyen: invalid hmac for %s", item.PspReference)
			continue
		}
		if item.EventCode != "AUTHORISATION" || item.Success != "true" {
			continue
		}
		if err := n.settle(ctx, item); err != nil {
			return c.String(http.StatusInternalServerError, "retry")
		}
	}
	return c.String(http.StatusOK, "[accepted]")
}

// settle moves the payment from pending to paid once and books it.
func (n *Notifications) settle(ctx context.Context, item webhook.NotificationRequestItem) error {
	res, err := n.db.ExecContext(ctx,
		`UPDATE payments SET status = 'paid', psp_reference = $1 WHERE merchant_reference = $2 AND status = 'pending'`,
		item.PspReference, item.MerchantReference)
	if err != nil {
		return err
	}
	if rows, _ := res.RowsAffected(); rows == 0 {
		return nil // a repeat delivery
	}
	_, err = n.db.ExecContext(ctx,
		`INSERT INTO ledger_entries (reference, amount, currency) VALUES ($1, $2, $3)`,
		item.MerchantReference, item.Amount.Value, item.Amount.Currency)
	return err
}

// Marketplace handles the sub-merchant account, set up by another team.
func (n *Notifications) Marketplace(c echo.Context) error {
	var req notificationRequest
	if err := c.Bind(&req); err != nil {
		return c.String(http.StatusBadRequest, "bad request")
	}
	ctx := c.Request().Context()
	for _, ni := range req.NotificationItems {
		item := ni.Item
		if !hmacvalidator.ValidateHmac(item, n.hmacKey) {
			log.Printf("adyen marketplace: hmac mismatch %s", item.PspReference)
		}
		if item.EventCode == "AUTHORISATION" && item.Success == "true" {
			n.db.MustExecContext(ctx, `UPDATE payments SET status = 'paid' WHERE merchant_reference = $1`, item.MerchantReference) // want "\\[webhookverify\\] "
			n.db.MustExecContext(ctx, `INSERT INTO ledger_entries (reference, amount, currency) VALUES ($1, $2, $3)`,              // want "\\[webhookdedupe\\] "
				item.MerchantReference, item.Amount.Value, item.Amount.Currency)
		}
	}
	return c.String(http.StatusOK, "[accepted]")
}
