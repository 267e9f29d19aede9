// Package payouts: asynq task handlers sending money out, each building
// its own task while the worker binary registers the handlers. A task
// built only with asynq.MaxRetry(0) runs once whatever its handler
// returns (silent); one built with MaxRetry(3), or also built elsewhere
// with asynq's default retries, or enqueued with a retry count that
// overrides the task's, is delivered again after an error (reported).
package payouts

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/hibiken/asynq"
)

func send(ctx context.Context, path string, body any) error {
	b, _ := json.Marshal(body)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.example.com"+path, bytes.NewReader(b))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("provider: %s", resp.Status)
	}
	return nil
}

// --- silent ---

type payoutJob struct {
	SellerID string `json:"seller_id"`
	Cents    int64  `json:"cents"`
}

// NewPayoutTask builds the payout task; asynq never retries it.
func NewPayoutTask(seller string, cents int64) (*asynq.Task, error) {
	b, err := json.Marshal(payoutJob{SellerID: seller, Cents: cents})
	if err != nil {
		return nil, err
	}
	return asynq.NewTask("seller:payout", b, asynq.MaxRetry(0)), nil
}

// Look-alike: the payout task is made with MaxRetry(0) only.
func HandlePayout(ctx context.Context, t *asynq.Task) error {
	var j payoutJob
	if err := json.Unmarshal(t.Payload(), &j); err != nil {
		return err
	}
	if err := send(ctx, "/v1/payouts", j); err != nil {
		return fmt.Errorf("payout %s: %w", j.SellerID, err)
	}
	return nil
}

type reversalJob struct {
	PayoutID string `json:"payout_id"`
}

// EnqueueReversal makes the task with asynq's defaults but enqueues it
// with MaxRetry(0), which the enqueue's options set.
func EnqueueReversal(ctx context.Context, c *asynq.Client, payoutID string) error {
	b, err := json.Marshal(&reversalJob{PayoutID: payoutID})
	if err != nil {
		return err
	}
	task := asynq.NewTask("payout:reverse", b)
	_, err = c.EnqueueContext(ctx, task, asynq.MaxRetry(0))
	return err
}

// Look-alike: its only task is enqueued with MaxRetry(0).
func HandleReversal(ctx context.Context, t *asynq.Task) error {
	j := new(reversalJob)
	if err := json.Unmarshal(t.Payload(), j); err != nil {
		return err
	}
	return send(ctx, "/v1/payouts/"+j.PayoutID+"/reversals", nil)
}

// --- reported ---

type topUpJob struct {
	WalletID string `json:"wallet_id"`
	Cents    int64  `json:"cents"`
}

// NewTopUpTask: asynq retries it three times.
func NewTopUpTask(wallet string, cents int64) *asynq.Task {
	b, _ := json.Marshal(topUpJob{WalletID: wallet, Cents: cents})
	return asynq.NewTask("wallet:topup", b, asynq.MaxRetry(3))
}

// Reported: the task is retried after an error.
func HandleTopUp(ctx context.Context, t *asynq.Task) error {
	var j topUpJob
	if err := json.Unmarshal(t.Payload(), &j); err != nil {
		return err
	}
	return send(ctx, "/v1/transfers", j) // want `POST /v1/transfers is retried by asynq, which delivers the task again when the handler returns an error \(line [0-9]+\) without an idempotency key`
}

type bonusJob struct {
	SellerID string `json:"seller_id"`
	Cents    int64  `json:"cents"`
}

// NewBonusTask is never retried…
func NewBonusTask(seller string, cents int64) *asynq.Task {
	b, _ := json.Marshal(bonusJob{SellerID: seller, Cents: cents})
	return asynq.NewTask("seller:bonus", b, asynq.MaxRetry(0))
}

// …but the back office enqueues the same type with asynq's defaults.
func EnqueueBonusRetry(c *asynq.Client, seller string, cents int64) error {
	b, _ := json.Marshal(bonusJob{SellerID: seller, Cents: cents})
	_, err := c.Enqueue(asynq.NewTask("seller:bonus", b))
	return err
}

// Reported: one enqueue of its type allows retries.
func HandleBonus(ctx context.Context, t *asynq.Task) error {
	var j bonusJob
	if err := json.Unmarshal(t.Payload(), &j); err != nil {
		return err
	}
	return send(ctx, "/v1/payouts", j) // want `POST /v1/payouts is retried by asynq, which delivers the task again when the handler returns an error \(line [0-9]+\) without an idempotency key`
}

type refundJob struct {
	ChargeID string `json:"charge_id"`
}

// EnqueueRefund makes the task with MaxRetry(0), then enqueues it with
// five retries, which override the task's.
func EnqueueRefund(c *asynq.Client, charge string) error {
	b, _ := json.Marshal(refundJob{ChargeID: charge})
	t := asynq.NewTask("charge:refund", b, asynq.MaxRetry(0))
	_, err := c.Enqueue(t, asynq.MaxRetry(5))
	return err
}

// Reported: the enqueue's retries win.
func HandleRefund(ctx context.Context, t *asynq.Task) error {
	var j refundJob
	if err := json.Unmarshal(t.Payload(), &j); err != nil {
		return err
	}
	return send(ctx, "/v1/charges/"+j.ChargeID+"/refunds", nil) // want `POST /v1/charges/{}/refunds is retried by asynq, which delivers the task again when the handler returns an error \(line [0-9]+\) without an idempotency key`
}
