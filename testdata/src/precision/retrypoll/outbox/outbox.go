// Package outbox is a transactional-outbox worker: each job is retried with an
// idempotency key derived from the job id, the same on every attempt.
package outbox

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
)

type Job struct {
	ID       int64
	OrderID  string
	Amount   int64
	Attempts int
}

type Store interface {
	NextBatch(ctx context.Context, n int) ([]Job, error)
	MarkDone(ctx context.Context, id int64) error
	MarkFailed(ctx context.Context, id int64, err error) error
}

type Worker struct {
	Store  Store
	Client *http.Client
	API    string
}

func (w *Worker) chargeJob(ctx context.Context, j Job) error {
	key := fmt.Sprintf("outbox-job-%d", j.ID)
	body, _ := json.Marshal(map[string]any{"order_id": j.OrderID, "amount": j.Amount})
	for attempt := 0; attempt < 5; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.API+"/v1/payments", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", key)
		req.Header.Set("Content-Type", "application/json")
		resp, err := w.Client.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				return nil
			}
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return fmt.Errorf("job %d: gave up", j.ID)
}

// refundJob retries through backoff with the job key captured once.
func (w *Worker) refundJob(ctx context.Context, j Job) error {
	idemKey := "refund-" + j.OrderID
	op := func() error {
		body, _ := json.Marshal(map[string]any{"payment": j.OrderID})
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.API+"/v1/refunds", bytes.NewReader(body))
		if err != nil {
			return backoff.Permanent(err)
		}
		req.Header.Set("Idempotency-Key", idemKey)
		resp, err := w.Client.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 500 {
			return fmt.Errorf("status %d", resp.StatusCode)
		}
		return nil
	}
	return backoff.Retry(op, backoff.WithContext(backoff.NewExponentialBackOff(), ctx))
}

// Run drains the outbox forever; each job is sent once per round.
func (w *Worker) Run(ctx context.Context) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
		jobs, err := w.Store.NextBatch(ctx, 50)
		if err != nil {
			continue
		}
		for _, j := range jobs {
			if err := w.chargeJob(ctx, j); err != nil {
				_ = w.Store.MarkFailed(ctx, j.ID, err)
				continue
			}
			_ = w.refundJob(ctx, j)
			_ = w.Store.MarkDone(ctx, j.ID)
		}
	}
}
