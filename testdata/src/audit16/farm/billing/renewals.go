package billing

import (
	"context"
	"fmt"
	"log"
	"time"

	"audit16/farm/flutterwave"
	"audit16/farm/paystack"
	"audit16/farm/store"

	"github.com/avast/retry-go/v4"
	"github.com/hibiken/asynq"
)

// Renewals charges CSA subscribers for their next weekly box.
type Renewals struct {
	subs *store.Subs
	ps   *paystack.Client
	fw   *flutterwave.Client
}

// NewRenewals returns the renewal service.
func NewRenewals(subs *store.Subs, ps *paystack.Client, fw *flutterwave.Client) *Renewals {
	return &Renewals{subs: subs, ps: ps, fw: fw}
}

func nextBox(s store.Subscription) time.Time { return s.NextRenewal.AddDate(0, 0, 7) }

// HandleDue is the asynq handler of the periodic "renewals:due" task.
func (r *Renewals) HandleDue(ctx context.Context, _ *asynq.Task) error {
	now := time.Now()
	for _, provider := range []string{"paystack", "flutterwave"} {
		subs, err := r.subs.Due(ctx, provider, now)
		if err != nil {
			return err
		}
		for _, s := range subs {
			var err error
			if provider == "paystack" {
				err = r.renewPaystack(ctx, s)
			} else {
				err = r.renewFlutterwave(ctx, s)
			}
			if err != nil {
				log.Printf("renewal of sub %d: %v", s.ID, err)
			}
		}
	}
	return nil
}

func (r *Renewals) renewalCharge(s store.Subscription) paystack.ChargeInput {
	return paystack.ChargeInput{
		Email:             s.Email,
		Amount:            s.PlanAmount,
		Currency:          s.Currency,
		AuthorizationCode: s.AuthCode,
		Reference:         fmt.Sprintf("csa-%d-%s", s.ID, time.Now().Format("20060102T150405")),
	}
}

func (r *Renewals) renewPaystack(ctx context.Context, s store.Subscription) error {
	var tx *paystack.Transaction
	err := retry.Do(func() error {
		var err error
		tx, err = r.ps.ChargeAuthorization(ctx, r.renewalCharge(s)) // want "\\[idempotency\\] paystack.Client.ChargeAuthorization .* but renewalCharge makes a new idempotency key on every call"
		return err
	},
		retry.Context(ctx),
		retry.Attempts(3),
		retry.Delay(2*time.Second),
		retry.RetryIf(paystack.Temporary),
	)
	if err != nil {
		return err
	}
	switch tx.Status {
	case "success":
		return r.subs.Renewed(ctx, s.ID, nextBox(s))
	case "failed":
		return r.subs.MarkLapsed(ctx, s.ID)
	}
	return r.waitPaystack(ctx, s, tx.Reference)
}

// waitPaystack follows a renewal charge the bank has not decided yet.
func (r *Renewals) waitPaystack(ctx context.Context, s store.Subscription, ref string) error {
	for i := 0; i < 40; i++ {
		time.Sleep(paystack.VerifyGap) // want "\\[pollinterval\\] payment status polled every 1.5s"
		tx, err := r.ps.Verify(ctx, ref)
		if err != nil {
			return err
		}
		switch tx.Status {
		case "success":
			return r.subs.Renewed(ctx, s.ID, nextBox(s))
		case "failed", "abandoned", "reversed":
			return r.subs.MarkLapsed(ctx, s.ID)
		}
	}
	return fmt.Errorf("renewal %s still pending", ref)
}
