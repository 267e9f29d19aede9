// Package workers runs the clinic's background jobs on asynq and machinery.
package workers

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"strconv"
	"time"

	"audit13/clinic/domain"

	"github.com/hibiken/asynq"
	"github.com/mercadopago/sdk-go/pkg/payment"
)

// Task names.
const (
	TaskCollectUnpaid  = "visits:collect-unpaid"
	TaskReconcileCopay = "copays:reconcile"
)

// VirtualAccounts opens and follows Midtrans transfers (idpay.Service).
type VirtualAccounts interface {
	ChargeAndWait(ctx context.Context, v *domain.Visit) (string, error)
}

// Unpaid chases visits whose copay is still open.
type Unpaid struct {
	visits domain.VisitStore
	mp     payment.Client
	va     VirtualAccounts
	notify domain.Notifier
	phones func(ctx context.Context, patientID string) (string, error)
}

// NewUnpaid returns the unpaid-visit worker.
func NewUnpaid(visits domain.VisitStore, mp payment.Client, va VirtualAccounts, notify domain.Notifier,
	phones func(ctx context.Context, patientID string) (string, error)) *Unpaid {
	return &Unpaid{visits: visits, mp: mp, va: va, notify: notify, phones: phones}
}

// Register adds the worker's handlers to the asynq mux.
func (u *Unpaid) Register(mux *asynq.ServeMux) {
	mux.HandleFunc(TaskCollectUnpaid, u.collect)
}

// collect runs hourly over visits unpaid for more than a day.
func (u *Unpaid) collect(ctx context.Context, t *asynq.Task) error {
	visits, err := u.visits.ListUnpaid(ctx, 24*time.Hour, 200)
	if err != nil {
		return err
	}
	for i := range visits {
		v := &visits[i]
		switch {
		case v.Region == "latam" && v.PaymentRef != "":
			id, err := strconv.Atoi(v.PaymentRef)
			if err != nil {
				continue
			}
			if err := u.awaitApproval(ctx, v, id); err != nil {
				log.Printf("unpaid: visit %s: %v", v.ID, err)
			}
		case v.Region == "id" && v.PaymentRef == "":
			if _, err := u.va.ChargeAndWait(ctx, v); err != nil {
				log.Printf("unpaid: visit %s: %v", v.ID, err)
			}
		default:
			phone, err := u.phones(ctx, v.PatientID)
			if err != nil || phone == "" {
				continue
			}
			_ = u.notify.SendSMS(ctx, phone, fmt.Sprintf("You have an open copay of %.2f %s for your recent visit.",
				float64(v.CopayCents)/100, v.Currency))
		}
	}
	return nil
}

// awaitApproval gives a Mercado Pago payment that is still in process a
// few minutes to be approved.
func (u *Unpaid) awaitApproval(ctx context.Context, v *domain.Visit, paymentID int) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	for { // want "\\[pollbound\\] loop polling payment paymentID stops only when the payment succeeds"
		p, err := u.mp.Get(ctx, paymentID)
		if err != nil {
			return err
		}
		if p.Status == "approved" {
			return u.visits.MarkPaid(ctx, v.ID, strconv.Itoa(p.ID))
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Second):
		}
	}
}

// Queue enqueues jobs on asynq.
type Queue struct {
	client *asynq.Client
}

// NewQueue returns a queue on the given asynq client.
func NewQueue(c *asynq.Client) *Queue { return &Queue{client: c} }

type reconcilePayload struct {
	Since  time.Time `json:"since"`
	Reason string    `json:"reason"`
}

// EnqueueReconcile queues a copay reconciliation.
func (q *Queue) EnqueueReconcile(ctx context.Context, since time.Time, reason string) error {
	buf, err := json.Marshal(reconcilePayload{Since: since, Reason: reason})
	if err != nil {
		return err
	}
	_, err = q.client.EnqueueContext(ctx, asynq.NewTask(TaskReconcileCopay, buf), asynq.MaxRetry(5), asynq.Queue("billing"))
	return err
}
