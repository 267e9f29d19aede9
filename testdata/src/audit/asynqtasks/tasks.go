// Package asynqtasks charges saved cards from an asynq queue; asynq
// re-delivers a task whose handler returns an error.
package asynqtasks

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/google/uuid"
	"github.com/hibiken/asynq"
)

type chargePayload struct {
	InvoiceID string `json:"invoice_id"`
	Customer  string `json:"customer"`
	Amount    int64  `json:"amount"`
}

type Worker struct {
	hc   *http.Client
	base string
}

func (w *Worker) Register(mux *asynq.ServeMux) {
	mux.HandleFunc("invoice:charge", w.chargeInvoice)
	mux.HandleFunc("invoice:charge-keyed", w.chargeInvoiceKeyed)
}

func (w *Worker) charge(ctx context.Context, p chargePayload, key string) error {
	body, _ := json.Marshal(map[string]any{"customer": p.Customer, "amount": p.Amount})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, w.base+"/v1/charges", bytes.NewReader(body))
	req.Header.Set("Idempotency-Key", key)
	resp, err := w.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 {
		return fmt.Errorf("psp %d", resp.StatusCode)
	}
	return nil
}

// chargeInvoice makes a new key on every delivery of the task.
func (w *Worker) chargeInvoice(ctx context.Context, t *asynq.Task) error {
	var p chargePayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return err
	}
	return w.charge(ctx, p, uuid.NewString()) // want `\[idempotency\] .*retried by asynq.*made anew`
}

// chargeInvoiceKeyed keys the charge by the invoice: silent.
func (w *Worker) chargeInvoiceKeyed(ctx context.Context, t *asynq.Task) error {
	var p chargePayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return err
	}
	return w.charge(ctx, p, "invoice-"+p.InvoiceID)
}

// Enqueue schedules a charge with asynq's retries.
func Enqueue(c *asynq.Client, p chargePayload) error {
	b, _ := json.Marshal(p)
	_, err := c.Enqueue(asynq.NewTask("invoice:charge", b), asynq.MaxRetry(5))
	return err
}
