package workers

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/avast/retry-go/v4"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/midtrans/midtrans-go/coreapi"

	"audit15/insurance/gateways"
	"audit15/insurance/policy"
	"audit15/insurance/store"
)

// Refunds returns the unused premium of cancelled policies.
type Refunds struct {
	Policies *store.Policies
	Card     *gateways.Card
	GC       *gocardless.Service
	MP       *gateways.MercadoPago
	Midtrans coreapi.Client
	Now      func() time.Time
}

// unused is the share of the last premium not yet earned on cancellation.
func unused(p policy.Policy, pr policy.Premium, now time.Time) int64 {
	if p.CancelledAt == nil || !p.PaidThrough.After(*p.CancelledAt) {
		return 0
	}
	left := p.PaidThrough.Sub(*p.CancelledAt)
	return int64(float64(pr.AmountMinor) * left.Hours() / (30 * 24))
}

// RefundCancelled is the "policies.refund_cancelled" task, run hourly.
func (w *Refunds) RefundCancelled() error {
	ctx := context.Background()
	cancelled, err := w.Policies.CancelledUnrefunded(ctx)
	if err != nil {
		return err
	}
	for _, p := range cancelled {
		pr, err := w.Policies.LastPaidPremium(ctx, p.ID)
		if err != nil {
			log.Printf("refund %s: %v", p.ID, err)
			continue
		}
		if ok, err := w.Policies.StartRefund(ctx, p.ID); err != nil || !ok {
			continue
		}
		amount := unused(p, pr, w.Now())
		if amount <= 0 {
			_ = w.Policies.MarkRefunded(ctx, p.ID, "nothing-unused")
			continue
		}
		ref, err := w.refund(ctx, p, pr, amount)
		if err != nil {
			log.Printf("refund %s: %v (left in_progress for ops)", p.ID, err)
			continue
		}
		if err := w.Policies.MarkRefunded(ctx, p.ID, ref); err != nil {
			return err
		}
	}
	return nil
}

func (w *Refunds) refund(ctx context.Context, p policy.Policy, pr policy.Premium, amount int64) (string, error) {
	key := "refund-" + p.ID
	switch p.Channel {
	case policy.ChannelCard:
		return w.Card.RefundUnused(ctx, pr.ProviderRef, amount)
	case policy.ChannelDirectDebit:
		return retry.DoWithData(func() (string, error) {
			rf, err := w.GC.Refunds.Create(ctx, gocardless.RefundCreateParams{ // want "\\[retrybackoff\\] gocardless Refunds.Create is retried by retry.DoWithData \\(line 80\\) every 300ms"
				Amount:                  int(amount),
				Links:                   gocardless.RefundCreateParamsLinks{Payment: pr.ProviderRef},
				TotalAmountConfirmation: int(amount),
			}, gocardless.WithIdempotencyKey(key))
			if err != nil {
				return "", err
			}
			return rf.Id, nil
		}, retry.Attempts(5), retry.Delay(300*time.Millisecond), retry.DelayType(retry.FixedDelay),
			retry.RetryIf(func(err error) bool {
				var ne net.Error
				return errors.As(err, &ne)
			}), retry.Context(ctx))
	case policy.ChannelMercadoPago:
		id, err := strconv.Atoi(strings.TrimPrefix(pr.ProviderRef, "mp-"))
		if err != nil {
			return "", err
		}
		return key, w.MP.RefundPartial(ctx, id, float64(amount)/100, key)
	case policy.ChannelMidtrans:
		res, merr := w.Midtrans.RefundTransaction(pr.ProviderRef, &coreapi.RefundReq{
			RefundKey: key, Amount: amount, Reason: "policy cancelled",
		})
		if merr != nil {
			return "", merr
		}
		return res.RefundKey, nil
	}
	return "", fmt.Errorf("refund %s: unknown channel %q", p.ID, p.Channel)
}
