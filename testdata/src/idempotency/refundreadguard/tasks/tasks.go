// Package tasks runs the refunds of cancelled trips as asynq tasks,
// which asynq delivers again when the handler returns an error.
package tasks

import (
	"context"
	"encoding/json"

	"github.com/hibiken/asynq"

	"idempotency/refundreadguard/gateway"
)

// Refund is a task's payload.
type Refund struct {
	PaymentID string `json:"payment_id"`
	OrderID   string `json:"order_id"`
	Paise     int    `json:"paise"`
}

// Handlers holds the gateway.
type Handlers struct{ gw *gateway.Gateway }

// Register adds the handlers.
func (h *Handlers) Register(mux *asynq.ServeMux) {
	mux.HandleFunc("refund:plain", h.refundPlain)
	mux.HandleFunc("refund:logged", h.refundLogged)
	mux.HandleFunc("refund:order", h.refundForOrder)
	mux.HandleFunc("refund:once", h.refundOnce)
	mux.HandleFunc("refund:captured", h.refundCaptured)
}

func payload(t *asynq.Task) (Refund, error) {
	var r Refund
	err := json.Unmarshal(t.Payload(), &r)
	return r, err
}

// --- flagged ---

func (h *Handlers) refundPlain(ctx context.Context, t *asynq.Task) error {
	r, err := payload(t)
	if err != nil {
		return asynq.SkipRetry
	}
	_, err = h.gw.Refund(r.PaymentID, r.Paise) // want `gateway.Gateway.Refund \(razorpay Payment.Refund\) is retried by asynq, which delivers the task again when the handler returns an error \(line 41\) without an idempotency key: razorpay-go sends none`
	return err
}

func (h *Handlers) refundLogged(ctx context.Context, t *asynq.Task) error {
	r, err := payload(t)
	if err != nil {
		return asynq.SkipRetry
	}
	_, err = h.gw.RefundLogged(r.PaymentID, r.Paise) // want `gateway.Gateway.RefundLogged \(razorpay Payment.Refund\) is retried by asynq`
	return err
}

func (h *Handlers) refundForOrder(ctx context.Context, t *asynq.Task) error {
	r, err := payload(t)
	if err != nil {
		return asynq.SkipRetry
	}
	_, err = h.gw.RefundForOrder(r.OrderID, r.PaymentID, r.Paise) // want `gateway.Gateway.RefundForOrder \(razorpay Payment.Refund\) is retried by asynq`
	return err
}

// --- silent ---

func (h *Handlers) refundOnce(ctx context.Context, t *asynq.Task) error {
	r, err := payload(t)
	if err != nil {
		return asynq.SkipRetry
	}
	_, err = h.gw.RefundOnce(r.PaymentID, r.Paise)
	return err
}

func (h *Handlers) refundCaptured(ctx context.Context, t *asynq.Task) error {
	r, err := payload(t)
	if err != nil {
		return asynq.SkipRetry
	}
	_, err = h.gw.RefundCaptured(r.PaymentID, r.Paise)
	return err
}
