package billing

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/hibiken/asynq"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/refund"

	"audit26/gymchain/dlocal"
	"audit26/gymchain/domain"
	"audit26/gymchain/pagarme"
	"audit26/gymchain/store"
)

// Refunds pays back the unused part of a month when a member freezes or
// cancels.
type Refunds struct {
	pm        *pagarme.Client
	dl        *dlocal.Client
	members   *store.Memberships
	ledger    *store.Ledger
	notifyURL string
}

func NewRefunds(pm *pagarme.Client, dl *dlocal.Client, members *store.Memberships, ledger *store.Ledger, notifyURL string) *Refunds {
	return &Refunds{pm: pm, dl: dl, members: members, ledger: ledger, notifyURL: notifyURL}
}

// Freeze freezes a membership from today and refunds the rest of the month.
func (s *Refunds) Freeze(ctx context.Context, r domain.Refund, until time.Time) error {
	m, err := s.members.Get(ctx, r.MembershipID)
	if err != nil {
		return err
	}
	r.Cents = domain.ProRata(m.PlanCents, time.Now(), m.PaidThrough)
	if err := s.members.Freeze(ctx, m.ID, until); err != nil {
		return err
	}
	if r.Cents == 0 {
		return nil
	}
	switch m.Country {
	case domain.Brazil:
		ch, err := s.pm.Refund(ctx, r.PaymentRef, r.Cents, r.ID)
		if err != nil {
			return err
		}
		return s.ledger.SetRefundStatus(ctx, r.ID, ch.Status)
	case domain.Mexico, domain.Colombia:
		out, err := s.refundDLocal(ctx, r)
		if err != nil {
			return err
		}
		return s.awaitDLocal(ctx, r.ID, out.ID)
	case domain.US:
		return s.refundCard(ctx, r)
	}
	return fmt.Errorf("refunds: no provider for %s", m.Country)
}

func (s *Refunds) refundDLocal(ctx context.Context, r domain.Refund) (*dlocal.Refund, error) {
	key := "refund-" + r.ID
	req := dlocal.RefundRequest{PaymentID: r.PaymentRef, Amount: float64(r.Cents) / 100, Currency: r.Currency, NotificationURL: s.notifyURL}
	wait := time.Second
	for attempt := 0; ; attempt++ {
		out, err := s.dl.Refund(ctx, req, key)
		if err == nil {
			return out, nil
		}
		if !dlocal.Retryable(err) || attempt == 4 { // audit: lookalike retrystatus: only 429/5xx and transport errors go round, with the same key and a doubling wait
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// awaitDLocal waits for the refund to land so support sees the final state.
func (s *Refunds) awaitDLocal(ctx context.Context, refundID, providerID string) error {
	t := time.NewTicker(15 * time.Second)
	defer t.Stop()
	for { // want "\\[pollbound\\] loop polling payment providerID stops only when the payment succeeds \\(line"
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		rf, err := s.dl.GetRefund(ctx, providerID)
		if err != nil {
			continue
		}
		if rf.Status == "SUCCESS" {
			return s.ledger.MarkRefunded(ctx, refundID, rf.ID)
		}
	}
}

func (s *Refunds) refundCard(ctx context.Context, r domain.Refund) error {
	params := &stripe.RefundParams{
		PaymentIntent: stripe.String(r.PaymentRef),
		Amount:        stripe.Int64(r.Cents),
		Reason:        stripe.String("requested_by_customer"),
	}
	params.SetIdempotencyKey("refund-" + r.ID)
	var (
		rf  *stripe.Refund
		err error
	)
	for i := 0; i < 3; i++ {
		rf, err = refund.New(params) // want "\\[retrybackoff\\] stripe refund\\.New is retried by a for loop \\(line 118\\) every 250ms, a fixed"
		if err == nil {
			break
		}
		time.Sleep(250 * time.Millisecond)
	}
	if err != nil {
		return err
	}
	return s.ledger.SetRefundStatus(ctx, r.ID, string(rf.Status))
}

const TaskFreeze = "membership:freeze"

type FreezePayload struct {
	Refund        domain.Refund `json:"refund"`
	Until         time.Time     `json:"until"`
	PreapprovalID string        `json:"preapproval_id,omitempty"`
}

// FreezeTasks handles TaskFreeze, queued by the member app.
type FreezeTasks struct {
	Refunds       *Refunds
	Subscriptions *Subscriptions
}

func (h *FreezeTasks) ProcessTask(ctx context.Context, t *asynq.Task) error {
	var p FreezePayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%w: %v", asynq.SkipRetry, err)
	}
	if p.PreapprovalID != "" {
		if err := h.Subscriptions.Pause(ctx, p.PreapprovalID); err != nil {
			return err
		}
	}
	return h.Refunds.Freeze(ctx, p.Refund, p.Until)
}
