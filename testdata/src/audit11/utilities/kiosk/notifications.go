// Package kiosk receives payment notifications from the bill-pay kiosk
// network (cash and card payments made at partner shops).
package kiosk

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"

	"audit11/utilities/billing"
	"audit11/utilities/platform"
)

// Notification is what the kiosk network posts for every settled payment.
type Notification struct {
	TxnID       string    `json:"txn_id"`
	KioskID     string    `json:"kiosk_id"`
	AccountNo   string    `json:"account_no"`
	BillID      string    `json:"bill_id"`
	AmountMinor int64     `json:"amount_minor"`
	Currency    string    `json:"currency"`
	Status      string    `json:"status"` // SETTLED or REVERSED
	PaidAt      time.Time `json:"paid_at"`
}

// Handler serves the kiosk partner API.
type Handler struct {
	db       *sqlx.DB
	bills    billing.BillStore
	accounts billing.Accounts
	sms      billing.Notifier
	secret   string
	log      *slog.Logger
}

func NewHandler(db *sqlx.DB, bills billing.BillStore, accounts billing.Accounts, sms billing.Notifier, secret string) *Handler {
	return &Handler{db: db, bills: bills, accounts: accounts, sms: sms, secret: secret,
		log: slog.Default().With("component", "kiosk")}
}

// Register mounts the partner routes.
func (h *Handler) Register(e *echo.Echo) {
	g := e.Group("/partners/kiosk")
	g.POST("/payments", h.PaymentNotification)
	g.GET("/accounts/:accountNo/balance", h.Balance)
}

// PaymentNotification records a payment taken at a kiosk.
func (h *Handler) PaymentNotification(c echo.Context) error {
	body, err := io.ReadAll(io.LimitReader(c.Request().Body, 1<<20))
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if h.secret != "" {
		if err := platform.VerifyHMAC(body, c.Request().Header.Get("X-Kiosk-Signature"), h.secret); err != nil {
			return c.NoContent(http.StatusUnauthorized)
		}
	}
	var n Notification
	if err := json.Unmarshal(body, &n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	ctx := c.Request().Context()
	if n.Status != "SETTLED" {
		h.log.Info("kiosk payment not settled", "txn", n.TxnID, "status", n.Status)
		return c.NoContent(http.StatusOK)
	}
	if err := h.bills.MarkPaid(ctx, n.BillID, "kiosk:"+n.TxnID); err != nil { // want "\\[webhookverify\\] payment webhook /partners/kiosk/payments skips signature verification when the secret is empty"
		return c.NoContent(http.StatusInternalServerError)
	}
	if _, err := h.db.ExecContext(ctx, insertLedgerEntry, // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row"
		n.AccountNo, n.BillID, n.TxnID, n.AmountMinor, n.PaidAt); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if acct, err := h.accounts.Account(ctx, n.AccountNo); err == nil && acct.Phone != "" {
		msg := fmt.Sprintf("We received %d.%02d %s for bill %s at kiosk %s. Thank you.",
			n.AmountMinor/100, n.AmountMinor%100, n.Currency, n.BillID, n.KioskID)
		if err := h.sms.SendSMS(ctx, acct.Phone, msg); err != nil { // want "\\[webhookdedupe\\] webhook handler sends a message \\(billing.Notifier.SendSMS\\) on every delivery" "\\[webhookack\\] webhook handler sends a message \\(billing.Notifier.SendSMS\\) before answering"
			h.log.Warn("kiosk receipt sms", "txn", n.TxnID, "err", err)
		}
	}
	return c.JSON(http.StatusOK, map[string]string{"ack": n.TxnID})
}

// Balance tells the kiosk how much is outstanding on an account.
func (h *Handler) Balance(c echo.Context) error {
	var due int64
	err := h.db.GetContext(c.Request().Context(), &due, `SELECT coalesce(sum(amount_minor + late_fee_minor), 0)
		FROM bills WHERE account_id = $1 AND status IN ('open', 'failed')`, c.Param("accountNo"))
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.JSON(http.StatusOK, map[string]any{"account_no": c.Param("accountNo"), "due_minor": due})
}

const insertLedgerEntry = `INSERT INTO ledger_entries (account_id, bill_id, source, external_ref, amount_minor, booked_at)
	VALUES ($1, $2, 'kiosk', $3, $4, $5)`
