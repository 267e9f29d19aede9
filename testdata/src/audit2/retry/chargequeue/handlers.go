package chargequeue

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/google/uuid"
	"github.com/hibiken/asynq"
)

// Handlers process billing tasks; a returned error makes asynq retry the task.
type Handlers struct {
	API    string
	Client *http.Client
}

func (h *Handlers) post(ctx context.Context, path, key string, body any) error {
	b, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.API+path, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	resp, err := h.Client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s: %s", path, resp.Status)
	}
	return nil
}

// Charge charges the card of the order.
func (h *Handlers) Charge(ctx context.Context, t *asynq.Task) error {
	var p ChargePayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("bad payload: %w", err)
	}
	idem := uuid.New().String()
	return h.post(ctx, "/v1/payments", idem, map[string]any{ // want "\\[idempotency\\] POST /v1/payments is retried by asynq, which delivers the task again when the handler returns an error .line 42. with an idempotency key made anew on every attempt"
		"amount": p.Amount, "currency": p.Currency, "source": p.CardRef, "metadata": map[string]string{"order_id": p.OrderID},
	})
}

// Refund refunds with the key carried in the task.
func (h *Handlers) Refund(ctx context.Context, t *asynq.Task) error {
	var p RefundPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("bad payload: %w", err)
	}
	return h.post(ctx, "/v1/refunds", p.RefundKey, map[string]any{"payment": p.PaymentID, "amount": p.Amount})
}

// ReceiptMail sends the receipt; the mail API has no idempotency.
func (h *Handlers) ReceiptMail(ctx context.Context, t *asynq.Task) error {
	var p ChargePayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return err
	}
	return h.post(ctx, "/v1/mail/receipts", "", map[string]string{"order_id": p.OrderID})
}
