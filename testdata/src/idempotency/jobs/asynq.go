// Package jobs: payment writes in the task handlers of job queues that
// deliver the task again when the handler returns an error (asynq,
// machinery), and a cron job over pending rows. The key must be the same
// on every delivery: from the task's payload or the row.
package jobs

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"

	"github.com/google/uuid"
	"github.com/hibiken/asynq"
)

const (
	TypeCharge  = "payment:charge"
	TypeRefund  = "payment:refund"
	TypePayout  = "payment:payout"
	TypeReceipt = "email:receipt"
	TypeOnce    = "payment:once"
)

type chargePayload struct {
	OrderID string
	Amount  int64
}

const charges = "https://api.example.com/v1/charges"

func post(ctx context.Context, url string, body any, key string) error {
	b, _ := json.Marshal(body)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(b))
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 {
		return fmt.Errorf("provider: %s", resp.Status)
	}
	return nil
}

// --- flagged ---

// A key made per delivery: asynq retries the task after the error.
func handleCharge(ctx context.Context, t *asynq.Task) error {
	var p chargePayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("payload: %v: %w", err, asynq.SkipRetry)
	}
	if err := post(ctx, charges, p, uuid.NewString()); err != nil { // want `POST /v1/charges is retried by asynq, which delivers the task again when the handler returns an error \(line 54\) with an idempotency key made anew on every attempt \(uuid.NewString\(\), line 59\): every delivery is a new request to the provider .*take the key from the task's payload`
		return fmt.Errorf("charge %s: %w", p.OrderID, err)
	}
	return nil
}

// No key, a closure registered with HandleFunc.
func register(mux *asynq.ServeMux) {
	mux.HandleFunc(TypeRefund, func(ctx context.Context, t *asynq.Task) error {
		var p chargePayload
		json.Unmarshal(t.Payload(), &p)
		return post(ctx, "https://api.example.com/v1/refunds", p, "") // want `POST /v1/refunds is retried by asynq, which delivers the task again when the handler returns an error \(line 67\) without an idempotency key: a retry after a lost response can charge twice; take the key from the task's payload \(the order or payment id\), the same on every delivery`
	})
	mux.HandleFunc(TypeCharge, handleCharge)
	mux.HandleFunc(TypeReceipt, sendReceipt)
	mux.HandleFunc(TypeOnce, chargeOnce)
	mux.Handle(TypePayout, &payoutProcessor{})
	mux.HandleFunc("payment:charge:logged", chargeLogged)
	mux.HandleFunc("payment:charge:skip", chargeSkip)
	mux.HandleFunc("payment:charge:keyed", chargeKeyed)
}

// A type's ProcessTask, registered with Handle; no key.
type payoutProcessor struct{ c *http.Client }

func (h *payoutProcessor) ProcessTask(ctx context.Context, t *asynq.Task) error {
	var p chargePayload
	json.Unmarshal(t.Payload(), &p)
	body, _ := json.Marshal(p)
	resp, err := h.c.Post("https://api.example.com/v1/payouts", "application/json", bytes.NewReader(body)) // want `POST /v1/payouts is retried by asynq, which delivers the task again when the handler returns an error \(line 84\) without an idempotency key`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// --- silent ---

// The key comes from the payload: the same on every delivery.
func chargeKeyed(ctx context.Context, t *asynq.Task) error {
	var p chargePayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return err
	}
	return post(ctx, charges, p, "charge-"+p.OrderID)
}

// A failure is logged and the handler returns nil: no re-delivery.
func chargeLogged(ctx context.Context, t *asynq.Task) error {
	var p chargePayload
	json.Unmarshal(t.Payload(), &p)
	if err := post(ctx, charges, p, ""); err != nil {
		log.Printf("charge %s failed: %v", p.OrderID, err)
	}
	return nil
}

// A failure asks asynq not to retry.
func chargeSkip(ctx context.Context, t *asynq.Task) error {
	var p chargePayload
	json.Unmarshal(t.Payload(), &p)
	if err := post(ctx, charges, p, ""); err != nil {
		return fmt.Errorf("charge %s: %v: %w", p.OrderID, err, asynq.SkipRetry)
	}
	return nil
}

// Enqueued with MaxRetry(0) below: asynq does not deliver it again.
func chargeOnce(ctx context.Context, t *asynq.Task) error {
	var p chargePayload
	json.Unmarshal(t.Payload(), &p)
	return post(ctx, charges, p, "")
}

func enqueueOnce(c *asynq.Client, p chargePayload) error {
	b, _ := json.Marshal(p)
	task := asynq.NewTask(TypeOnce, b)
	_, err := c.Enqueue(task, asynq.MaxRetry(0))
	return err
}

// A handler with no payment write.
func sendReceipt(ctx context.Context, t *asynq.Task) error {
	resp, err := http.Post("https://mail.example.com/v1/messages", "application/json", bytes.NewReader(t.Payload()))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
