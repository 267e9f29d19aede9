// Package chargequeue charges saved cards from background tasks.
package chargequeue

import (
	"context"
	"encoding/json"

	"github.com/hibiken/asynq"
)

const (
	TypeCharge      = "billing:charge"
	TypeRefund      = "billing:refund"
	TypeReceiptMail = "billing:receipt_mail"
)

// ChargePayload is enqueued by the checkout when the buyer confirms.
type ChargePayload struct {
	OrderID  string `json:"order_id"`
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
	CardRef  string `json:"card_ref"`
}

// RefundPayload carries the key the support tool generated.
type RefundPayload struct {
	PaymentID string `json:"payment_id"`
	Amount    int64  `json:"amount"`
	RefundKey string `json:"refund_key"`
}

// EnqueueCharge is called by the checkout handler.
func EnqueueCharge(ctx context.Context, c *asynq.Client, p ChargePayload) error {
	b, _ := json.Marshal(p)
	_, err := c.EnqueueContext(ctx, asynq.NewTask(TypeCharge, b), asynq.MaxRetry(8), asynq.Queue("billing"))
	return err
}

// EnqueueRefund is called by the support tool.
func EnqueueRefund(ctx context.Context, c *asynq.Client, p RefundPayload) error {
	b, _ := json.Marshal(p)
	_, err := c.EnqueueContext(ctx, asynq.NewTask(TypeRefund, b), asynq.MaxRetry(8))
	return err
}

// Mux registers the handlers; the server is started in cmd/worker.
func Mux(h *Handlers) *asynq.ServeMux {
	mux := asynq.NewServeMux()
	mux.HandleFunc(TypeCharge, h.Charge)
	mux.HandleFunc(TypeRefund, h.Refund)
	mux.HandleFunc(TypeReceiptMail, h.ReceiptMail)
	return mux
}
