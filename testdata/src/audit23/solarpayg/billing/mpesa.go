package billing

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/sethvargo/go-retry"

	"audit23/solarpayg/daraja"
	"audit23/solarpayg/domain"
	"audit23/solarpayg/platform"
	"audit23/solarpayg/store"
)

// How long a customer has to answer the M-Pesa prompt on their phone.
const stkAnswerWindow = 90 * time.Second

// ErrStillPending means the provider had no final answer when we stopped waiting.
var ErrStillPending = errors.New("billing: payment still pending")

// MpesaCollector collects Kenyan installments by STK push.
type MpesaCollector struct {
	mp      *daraja.Client
	ledger  *store.Ledger
	settler *Settler
	tick    time.Duration
}

// NewMpesaCollector builds the collector.
func NewMpesaCollector(mp *daraja.Client, l *store.Ledger, s *Settler) *MpesaCollector {
	return &MpesaCollector{mp: mp, ledger: l, settler: s, tick: time.Second}
}

// waitSTK reads the push's state until it is final or the answer window
// closes. It answers false when the customer has not answered yet.
func (m *MpesaCollector) waitSTK(ctx context.Context, checkoutID string) (string, bool, error) {
	ctx, cancel := context.WithTimeout(ctx, stkAnswerWindow)
	defer cancel()
	t := time.NewTicker(m.tick) // want "\\[pollinterval\\] payment status polled every 1s: the provider's limit is one poll per 2s;"
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return "PENDING", false, nil
		case <-t.C:
		}
		q, err := m.mp.STKQuery(ctx, checkoutID)
		if err != nil {
			continue
		}
		switch st := q.Status(); st {
		case "COMPLETED", "FAILED", "CANCELLED":
			return st, true, nil
		}
	}
}

// Collect prompts the customer for an installment, asking again when the
// prompt goes unanswered.
func (m *MpesaCollector) Collect(ctx context.Context, acct *domain.Account, amount int64) error {
	for try := 0; try < 3; try++ {
		ref := fmt.Sprintf("%s-%d", acct.ID, time.Now().Unix())
		p := &domain.Payment{ID: ref, AccountID: acct.ID, Rail: "mpesa", Reference: ref, Amount: amount, Currency: "KES", Kind: domain.KindInstallment}
		if err := m.ledger.CreatePending(ctx, p); err != nil {
			return err
		}
		res, err := m.mp.STKPush(ctx, acct.MSISDN, amount, acct.ID, "Solar installment") // want "\\[idempotency\\] daraja\\.Client\\.STKPush \\(POST /mpesa/stkpush/v1/processrequest\\) is retried" "\\[pollcreate\\] payment daraja\\.Client\\.STKPush \\(POST /mpesa/stkpush/v1/processrequest\\) made"
		if err != nil {
			return err
		}
		if err := m.ledger.SetStatus(ctx, ref, domain.PaymentPending, res.CheckoutRequestID); err != nil {
			return err
		}
		status, final, err := m.waitSTK(ctx, res.CheckoutRequestID)
		if err != nil {
			return err
		}
		if !final {
			platform.Logger.Info("stk unanswered, prompting again", "account", acct.ID)
			continue
		}
		if status == "COMPLETED" {
			_, err := m.settler.Apply(ctx, ref, res.CheckoutRequestID)
			return err
		}
		return fmt.Errorf("mpesa: installment %s", status)
	}
	return ErrStillPending
}

// awaitFinal polls a push every 5 seconds until it is final or ctx ends.
func (m *MpesaCollector) awaitFinal(ctx context.Context, checkoutID string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	for {
		q, err := m.mp.STKQuery(ctx, checkoutID)
		if err == nil {
			if st := q.Status(); st != "PENDING" {
				return st, nil
			}
		}
		select {
		case <-ctx.Done():
			return "PENDING", ErrStillPending
		case <-time.After(5 * time.Second): // audit: lookalike pollinterval: 5s between STK queries, bounded by the 2-minute context
		}
	}
}

// CollectDeposit prompts for the signup deposit. A customer who dismisses the
// prompt (or whose PIN fails) is prompted again, up to three times.
func (m *MpesaCollector) CollectDeposit(ctx context.Context, acct *domain.Account, amount int64) error {
	for try := 1; try <= 3; try++ {
		ref := fmt.Sprintf("dep-%s-%d", acct.ID, try)
		p := &domain.Payment{ID: ref, AccountID: acct.ID, Rail: "mpesa", Reference: ref, Amount: amount, Currency: "KES", Kind: domain.KindDeposit}
		if err := m.ledger.CreatePending(ctx, p); err != nil {
			return err
		}
		res, err := m.mp.STKPush(ctx, acct.MSISDN, amount, acct.ID, "Solar deposit")
		if err != nil {
			return err
		}
		status, err := m.awaitFinal(ctx, res.CheckoutRequestID)
		if err != nil {
			return err // still pending: the callback will settle it
		}
		switch status {
		case "COMPLETED":
			_, err := m.settler.Apply(ctx, ref, res.CheckoutRequestID)
			return err
		case "CANCELLED", "FAILED":
			_ = m.ledger.SetStatus(ctx, ref, domain.PaymentFailed, res.CheckoutRequestID)
			continue // audit: lookalike pollcreate: a new prompt only after the previous one was cancelled or failed; a pending one leaves through ErrStillPending
		}
	}
	return errors.New("mpesa: deposit not paid after three prompts")
}

// Reconciler settles pushes whose callback never arrived.
type Reconciler struct {
	mp      *daraja.Client
	settler *Settler
	ledger  *store.Ledger
}

// NewReconciler builds a Reconciler.
func NewReconciler(mp *daraja.Client, l *store.Ledger, s *Settler) *Reconciler {
	return &Reconciler{mp: mp, ledger: l, settler: s}
}

// Await reads the push until Daraja has a final answer and settles it.
func (r *Reconciler) Await(ctx context.Context, ref, checkoutID string) error {
	b := retry.WithCappedDuration(time.Minute, retry.NewFibonacci(5*time.Second))
	return retry.Do(ctx, b, func(ctx context.Context) error {
		q, err := r.mp.STKQuery(ctx, checkoutID)
		if err != nil {
			return retry.RetryableError(err)
		}
		switch q.Status() {
		case "COMPLETED":
			_, err := r.settler.Apply(ctx, ref, checkoutID)
			return err
		case "FAILED", "CANCELLED":
			return r.ledger.SetStatus(ctx, ref, domain.PaymentFailed, checkoutID)
		}
		return retry.RetryableError(ErrStillPending)
	})
}
