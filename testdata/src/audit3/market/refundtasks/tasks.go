// Package refundtasks runs buyer refunds and seller clawbacks as asynq tasks
// so the dispute desk never waits on Stripe.
package refundtasks

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/google/uuid"
	"github.com/hibiken/asynq"
	stripe "github.com/stripe/stripe-go/v82"
)

const (
	TypeRefund   = "refund:buyer"
	TypeClawback = "clawback:seller"
)

// RefundPayload is the task body.
type RefundPayload struct {
	DisputeID     string `json:"dispute_id"`
	PaymentIntent string `json:"payment_intent"`
	Amount        int64  `json:"amount"`
}

// ClawbackPayload reverses part of a seller transfer back to the platform.
type ClawbackPayload struct {
	CaseID  string `json:"case_id"`
	Account string `json:"account"`
	Amount  int64  `json:"amount"`
}

// Processor handles the tasks.
type Processor struct {
	sc *stripe.Client
}

// Register wires the handlers on the asynq mux (default MaxRetry: 25).
func Register(mux *asynq.ServeMux, sc *stripe.Client) {
	p := &Processor{sc: sc}
	mux.HandleFunc(TypeRefund, p.refund)
	mux.HandleFunc(TypeClawback, p.clawback)
}

// refund uses the dispute id: a redelivered task sends the same key.
func (p *Processor) refund(ctx context.Context, t *asynq.Task) error {
	var pl RefundPayload
	if err := json.Unmarshal(t.Payload(), &pl); err != nil {
		return fmt.Errorf("bad payload: %v: %w", err, asynq.SkipRetry)
	}
	params := &stripe.RefundCreateParams{PaymentIntent: stripe.String(pl.PaymentIntent), Amount: stripe.Int64(pl.Amount)}
	params.SetIdempotencyKey("refund-" + pl.DisputeID)
	_, err := p.sc.V1Refunds.Create(ctx, params)
	return err
}

// clawback charges the seller's connected account back to the platform. A
// new key on every delivery: asynq retries failed tasks.
func (p *Processor) clawback(ctx context.Context, t *asynq.Task) error {
	var pl ClawbackPayload
	if err := json.Unmarshal(t.Payload(), &pl); err != nil {
		return err
	}
	params := &stripe.TransferCreateParams{
		Amount:      stripe.Int64(pl.Amount),
		Currency:    stripe.String("usd"),
		Destination: stripe.String("acct_platform"),
	}
	params.SetStripeAccount(pl.Account)
	params.SetIdempotencyKey(uuid.NewString())
	_, err := p.sc.V1Transfers.Create(ctx, params) // want "\\[idempotency\\] stripe V1Transfers.Create is retried by asynq"
	return err
}

// Enqueue schedules a clawback.
func Enqueue(c *asynq.Client, pl ClawbackPayload) error {
	buf, _ := json.Marshal(pl)
	_, err := c.Enqueue(asynq.NewTask(TypeClawback, buf), asynq.Queue("payouts"))
	return err
}
