package deposits

import (
	"context"
	"database/sql"
	"log"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/refund"
)

// RefundRequest is a row of patient_refunds waiting to be sent.
type RefundRequest struct {
	ID              string
	PaymentIntentID string
	AmountCents     int64
	Reason          string
}

// Refunder sends patient refunds queued by the front desk.
type Refunder struct {
	db *sql.DB
}

// NewRefunder returns a refunder over the patient_refunds table.
func NewRefunder(db *sql.DB) *Refunder { return &Refunder{db: db} }

// Pending lists refunds that were approved but not sent yet.
func (r *Refunder) Pending(ctx context.Context) ([]RefundRequest, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT id, payment_intent_id, amount_cents, reason
		FROM patient_refunds WHERE state = 'approved' ORDER BY created_at LIMIT 100`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []RefundRequest
	for rows.Next() {
		var q RefundRequest
		if err := rows.Scan(&q.ID, &q.PaymentIntentID, &q.AmountCents, &q.Reason); err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

// Send issues one refund. A refund row is sent with the same idempotency
// key however many times the sweep picks it up.
func (r *Refunder) Send(ctx context.Context, q RefundRequest) error {
	params := &stripe.RefundParams{
		PaymentIntent: stripe.String(q.PaymentIntentID),
		Amount:        stripe.Int64(q.AmountCents),
		Reason:        stripe.String("requested_by_customer"),
	}
	params.Context = ctx
	params.SetIdempotencyKey("patient-refund-" + q.ID)

	var re *stripe.Refund
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		re, err = refund.New(params) // want "\\[retrybackoff\\] stripe refund.New is retried by a for loop \\(line 61\\) every 200ms"
		if err == nil {
			break
		}
		log.Printf("refund %s: attempt %d: %v", q.ID, attempt, err)
		time.Sleep(200 * time.Millisecond)
	}
	if err != nil {
		return err
	}
	_, err = r.db.ExecContext(ctx, `UPDATE patient_refunds SET state = 'sent', stripe_refund_id = $2 WHERE id = $1`,
		q.ID, re.ID)
	return err
}

// SweepOnce sends every approved refund.
func (r *Refunder) SweepOnce(ctx context.Context) error {
	pending, err := r.Pending(ctx)
	if err != nil {
		return err
	}
	for _, q := range pending {
		if err := r.Send(ctx, q); err != nil {
			log.Printf("refund sweep: %s: %v", q.ID, err)
		}
	}
	return nil
}
