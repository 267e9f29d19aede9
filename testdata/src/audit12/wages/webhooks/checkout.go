package webhooks

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"audit12/wages/domain"

	"github.com/gofiber/fiber/v2"
	"github.com/jackc/pgx/v5/pgxpool"
)

// WorkerNotices queues a message to a worker.
type WorkerNotices interface {
	NotifyWorker(ctx context.Context, withdrawalID, template string) error
}

// CheckoutHooks handles Checkout.com payout notifications.
type CheckoutHooks struct {
	secret      []byte
	withdrawals domain.WithdrawalStore
	db          *pgxpool.Pool
	notices     WorkerNotices
}

// NewCheckoutHooks builds the handler.
func NewCheckoutHooks(secret string, withdrawals domain.WithdrawalStore, db *pgxpool.Pool, notices WorkerNotices) *CheckoutHooks {
	return &CheckoutHooks{secret: []byte(secret), withdrawals: withdrawals, db: db, notices: notices}
}

type ckoEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		ID        string `json:"id"`
		Amount    int64  `json:"amount"`
		Reference string `json:"reference"`
	} `json:"data"`
}

func (h *CheckoutHooks) validSignature(body []byte, sig string) bool {
	want, err := hex.DecodeString(sig)
	if err != nil {
		return false
	}
	m := hmac.New(sha256.New, h.secret)
	m.Write(body)
	return hmac.Equal(m.Sum(nil), want)
}

// Payouts is the fiber handler for POST /webhooks/checkout.
func (h *CheckoutHooks) Payouts(c *fiber.Ctx) error {
	body := c.Body()
	if !h.validSignature(body, c.Get("Cko-Signature")) {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	var evt ckoEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	ctx := c.UserContext()
	wdID := withdrawalFromReference(evt.Data.Reference)
	switch evt.Type {
	case "payment_paid":
		if err := h.withdrawals.MarkSettled(ctx, wdID); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
		if _, err := h.db.Exec(ctx, // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row .* on every delivery"
			`INSERT INTO ledger_entries (withdrawal_id, amount, ref, created_at) VALUES ($1, $2, $3, now())`,
			wdID, -evt.Data.Amount, evt.Data.ID); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
	case "payment_declined":
		if err := h.withdrawals.MarkFailed(ctx, wdID, "declined"); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
		if err := h.notices.NotifyWorker(ctx, wdID, "payout_declined"); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
	}
	return c.SendStatus(fiber.StatusOK)
}

func withdrawalFromReference(ref string) string {
	if len(ref) > 4 && ref[:4] == "EWA-" {
		return ref[4:]
	}
	return ref
}
