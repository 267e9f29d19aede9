package webhooks

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"

	"audit10/escrow/domain"
	"audit10/escrow/signing"
	"audit10/escrow/store"
)

type bankNotification struct {
	TransferID  string `json:"transfer_id"`
	EndToEndRef string `json:"end_to_end_ref"`
	Status      string `json:"status"`
	AmountMinor int64  `json:"amount_minor"`
	Currency    string `json:"currency"`
}

// BankHooks handles Adria Bank transfer notifications.
type BankHooks struct {
	secret     string
	milestones *store.Milestones
	ledger     domain.Ledger
	outbox     *store.Outbox
}

// NewBankHooks builds the handler.
func NewBankHooks(secret string, ms *store.Milestones, l domain.Ledger, ob *store.Outbox) (*BankHooks, error) {
	if secret == "" {
		return nil, errors.New("bank webhook secret is required")
	}
	return &BankHooks{secret: secret, milestones: ms, ledger: l, outbox: ob}, nil
}

// Notify is the echo handler for POST /bank/notify.
func (h *BankHooks) Notify(c echo.Context) error {
	req := c.Request()
	body, err := io.ReadAll(io.LimitReader(req.Body, 1<<20))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	if err := signing.HMACHex(body, req.Header.Get("X-Adria-Signature"), h.secret); err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, "signature")
	}
	var n bankNotification
	if err := json.Unmarshal(body, &n); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	if n.Status != "SETTLED" {
		return c.NoContent(http.StatusOK)
	}
	ctx := req.Context()
	m, err := h.milestones.Get(ctx, n.EndToEndRef)
	if errors.Is(err, domain.ErrNotFound) {
		return c.NoContent(http.StatusOK)
	}
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	first, err := h.milestones.CompleteRelease(ctx, m.ID, n.TransferID)
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	if !first {
		return c.NoContent(http.StatusOK)
	}
	if err := h.ledger.Append(ctx, domain.LedgerEntry{
		MilestoneID: m.ID, Kind: "payout", AmountCents: n.AmountMinor, Currency: n.Currency, ProviderRef: n.TransferID,
	}); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	if err := h.outbox.Enqueue(ctx, "mail.funds_released", m.ID); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}
