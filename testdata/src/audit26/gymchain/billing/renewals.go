// Package billing runs memberships, day passes, training packages,
// refunds and franchise payouts against the payment providers.
package billing

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/cenkalti/backoff/v5"
	"github.com/hibiken/asynq"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"audit26/gymchain/dlocal"
	"audit26/gymchain/domain"
	"audit26/gymchain/pagarme"
	"audit26/gymchain/platform"
	"audit26/gymchain/store"
)

const TaskRenewPagarme = "membership:renew:pagarme"

type RenewalPayload struct {
	MembershipID string `json:"membership_id"`
	Period       string `json:"period"`
}

// Renewer charges memberships whose month is about to end.
type Renewer struct {
	members   *store.Memberships
	dl        *dlocal.Client
	queue     *asynq.Client
	every     time.Duration
	notifyURL string
}

type RenewerOption func(*Renewer)

func WithEvery(d time.Duration) RenewerOption { return func(r *Renewer) { r.every = d } }

func NewRenewer(members *store.Memberships, dl *dlocal.Client, queue *asynq.Client, notifyURL string, opts ...RenewerOption) *Renewer {
	r := &Renewer{members: members, dl: dl, queue: queue, every: time.Hour, notifyURL: notifyURL}
	for _, o := range opts {
		o(r)
	}
	return r
}

func (r *Renewer) Run(ctx context.Context) {
	t := time.NewTicker(r.every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			r.process(ctx)
		}
	}
}

func (r *Renewer) process(ctx context.Context) {
	due, err := r.members.Due(ctx, time.Now().Add(24*time.Hour))
	if err != nil {
		slog.Error("renewals: load due", "err", err)
		return
	}
	for _, m := range due {
		var err error
		switch m.Country {
		case domain.Brazil:
			err = r.enqueuePagarme(ctx, m)
		case domain.Mexico, domain.Colombia:
			err = r.chargeDLocal(ctx, m)
		case domain.US:
			err = r.chargeCard(ctx, m)
		}
		if err != nil {
			slog.Warn("renewal failed", "membership", m.ID, "country", m.Country, "err", err)
		}
	}
}

func (r *Renewer) enqueuePagarme(ctx context.Context, m domain.Membership) error {
	payload, _ := json.Marshal(RenewalPayload{MembershipID: m.ID, Period: m.Period(time.Now())})
	_, err := r.queue.EnqueueContext(ctx, asynq.NewTask(TaskRenewPagarme, payload),
		asynq.TaskID("renew-"+m.ID+"-"+m.Period(time.Now())), asynq.Queue("billing"))
	return err
}

func (r *Renewer) chargeDLocal(ctx context.Context, m domain.Membership) error {
	key := fmt.Sprintf("renew-%s-%s", m.ID, m.Period(time.Now()))
	req := dlocal.PaymentRequest{
		Amount:            float64(m.PlanCents) / 100,
		Currency:          m.Country.Currency(),
		Country:           string(m.Country),
		PaymentMethodID:   "CARD",
		PaymentMethodFlow: "DIRECT",
		OrderID:           key,
		NotificationURL:   r.notifyURL,
		Card:              &dlocal.Card{CardID: m.ProviderCard},
	}
	var p *dlocal.Payment
	err := platform.Do(ctx, platform.DefaultPolicy, "dlocal.renew", func(ctx context.Context) error {
		var err error
		p, err = r.dl.CreatePayment(ctx, req, key) // audit: lookalike idempotency: key is the membership and period, made once before the retry and the same on every pass of the worker
		if err != nil && !dlocal.Retryable(err) {
			return platform.Permanent(err)
		}
		return err
	})
	if err != nil {
		return err
	}
	switch p.Status {
	case "PAID":
		return r.members.Activate(ctx, m.ID, p.ID)
	case "REJECTED":
		return r.members.MarkPastDue(ctx, m.ID)
	}
	return nil // PENDING: the notification settles it
}

// chargeCard renews a US membership off-session on the saved card.
func (r *Renewer) chargeCard(ctx context.Context, m domain.Membership) error {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(m.PlanCents),
		Currency:      stripe.String("usd"),
		Customer:      stripe.String(m.StripeCustID),
		PaymentMethod: stripe.String(m.ProviderCard),
		Confirm:       stripe.Bool(true),
		OffSession:    stripe.Bool(true),
		Metadata:      map[string]string{"membership_id": m.ID, "period": m.Period(time.Now())},
	}
	op := func() (*stripe.PaymentIntent, error) {
		pi, err := paymentintent.New(params) // want "\\[idempotency\\] stripe paymentintent\\.New is retried by backoff\\.Retry \\(line 147\\) without"
		var se *stripe.Error
		if errors.As(err, &se) && (se.Type == stripe.ErrorTypeCard || se.Type == stripe.ErrorTypeInvalidRequest) {
			return nil, backoff.Permanent(err)
		}
		return pi, err
	}
	pi, err := backoff.Retry(ctx, op, backoff.WithBackOff(backoff.NewExponentialBackOff()), backoff.WithMaxTries(4))
	if err != nil {
		return err
	}
	if pi.Status == stripe.PaymentIntentStatusSucceeded {
		return r.members.Activate(ctx, m.ID, pi.ID)
	}
	return nil
}

// PagarmeRenewals handles TaskRenewPagarme (asynq retries a failed task).
type PagarmeRenewals struct {
	members *store.Memberships
	pm      *pagarme.Client
}

func NewPagarmeRenewals(members *store.Memberships, pm *pagarme.Client) *PagarmeRenewals {
	return &PagarmeRenewals{members: members, pm: pm}
}

func (h *PagarmeRenewals) ProcessTask(ctx context.Context, t *asynq.Task) error {
	var p RenewalPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%w: %v", asynq.SkipRetry, err)
	}
	m, err := h.members.Get(ctx, p.MembershipID)
	if err != nil {
		return err
	}
	code := "renew-" + p.MembershipID + "-" + p.Period
	order, err := h.pm.CreateOrder(ctx, pagarme.OrderRequest{ // audit: lookalike idempotency: the Idempotency-Key comes from the task payload, the same on every asynq retry
		Code:  code,
		Items: []pagarme.Item{{Amount: m.PlanCents, Description: "Mensalidade " + p.Period, Quantity: 1, Code: "plan"}},
		Payments: []pagarme.PaymentSpec{{
			PaymentMethod: "credit_card",
			CreditCard:    &pagarme.CreditCard{CardID: m.ProviderCard, Installments: 1, Capture: true},
			Metadata:      map[string]any{"membership_id": m.ID},
		}},
	}, code)
	if err != nil {
		return err
	}
	if order.Status == "paid" {
		return h.members.Activate(ctx, m.ID, order.ID)
	}
	return nil
}
