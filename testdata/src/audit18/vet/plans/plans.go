// Package plans collects monthly wellness-plan payments on GoCardless mandates.
package plans

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net"
	"time"

	"github.com/avast/retry-go/v4"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/hibiken/asynq"

	"audit18/vet/domain"
)

const TaskCollect = "plans:collect"

// Store is the plan table.
type Store interface {
	Due(ctx context.Context, now time.Time) ([]domain.Plan, error)
	Advance(ctx context.Context, planID string, next time.Time, paymentID string) error
}

type Collector struct {
	gc    *gocardless.Service
	plans Store
	now   func() time.Time
}

func NewCollector(gc *gocardless.Service, plans Store) *Collector {
	return &Collector{gc: gc, plans: plans, now: time.Now}
}

// Register wires the monthly collection task.
func (c *Collector) Register(mux *asynq.ServeMux) {
	mux.HandleFunc(TaskCollect, c.collectDue)
}

func (c *Collector) collectDue(ctx context.Context, t *asynq.Task) error {
	due, err := c.plans.Due(ctx, c.now())
	if err != nil {
		return err
	}
	var failed int
	for _, p := range due {
		period := p.NextDue.Format("2006-01")
		var pay *gocardless.Payment
		err := retry.Do(func() error {
			var err error
			pay, err = c.gc.Payments.Create(ctx, gocardless.PaymentCreateParams{ // want "\\[retrybackoff\\] gocardless Payments.Create is retried by retry.Do .* every 100ms, a fixed wait that does not grow"
				Amount:    p.Monthly,
				Currency:  "GBP",
				Links:     gocardless.PaymentCreateParamsLinks{Mandate: p.MandateID},
				Reference: "WELL-" + p.ID,
			}, gocardless.WithIdempotencyKey("plan-"+p.ID+"-"+period))
			return err
		}, retry.Attempts(4), retry.DelayType(retry.FixedDelay), retry.RetryIf(isTransient), retry.Context(ctx))
		if err != nil {
			log.Printf("plans: collect %s: %v", p.ID, err)
			failed++
			continue
		}
		if err := c.plans.Advance(ctx, p.ID, p.NextDue.AddDate(0, 1, 0), pay.Id); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("plans: %d collections failed", failed)
	}
	return nil
}

type surgeryRefund struct {
	SurgeryID string `json:"surgery_id"`
	PaymentID string `json:"payment_id"`
	Amount    int    `json:"amount"`
}

// NewSurgeryRefundTask queues the refund of a cancelled surgery paid by debit.
func NewSurgeryRefundTask(surgeryID, paymentID string, amount int) (*asynq.Task, error) {
	b, err := json.Marshal(surgeryRefund{SurgeryID: surgeryID, PaymentID: paymentID, Amount: amount})
	if err != nil {
		return nil, err
	}
	return asynq.NewTask("plans:refund", b, asynq.MaxRetry(5)), nil
}

func isTransient(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded)
}

// RefundSurgery waits until the debit is confirmed, then refunds it.
func (c *Collector) RefundSurgery(ctx context.Context, t *asynq.Task) error {
	var in surgeryRefund
	if err := json.Unmarshal(t.Payload(), &in); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	if err := c.awaitCollected(ctx, in.PaymentID); err != nil {
		return err
	}
	return retry.Do(func() error {
		_, err := c.gc.Refunds.Create(ctx, gocardless.RefundCreateParams{ // want "\\[idempotency\\] gocardless Refunds.Create is retried by retry.Do .* without an idempotency key"
			Amount:                  in.Amount,
			Links:                   gocardless.RefundCreateParamsLinks{Payment: in.PaymentID},
			TotalAmountConfirmation: in.Amount,
		})
		return err
	}, retry.Attempts(3), retry.Delay(2*time.Second), retry.RetryIf(isTransient), retry.Context(ctx))
}

var errNotCollected = errors.New("plans: payment was not collected")

// awaitCollected polls the debit until GoCardless confirms or fails it.
func (c *Collector) awaitCollected(ctx context.Context, paymentID string) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	wait := 10 * time.Second
	for {
		p, err := c.gc.Payments.Get(ctx, paymentID)
		if err != nil {
			return err
		}
		switch p.Status {
		case "confirmed", "paid_out":
			return nil
		case "failed", "cancelled", "customer_approval_denied", "charged_back":
			return errNotCollected
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait = min(wait*2, 5*time.Minute)
	}
}
