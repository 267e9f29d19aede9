package billing

import (
	"context"
	"fmt"
	"log"
	"strconv"
	"time"

	stripe "github.com/stripe/stripe-go/v82"

	"audit16/hosting/retryx"
	"audit16/hosting/store"
)

// OverageWorker charges unbilled metered usage off-session.
type OverageWorker struct {
	svc      *Service
	minCents int64
}

func NewOverageWorker(svc *Service, minCents int64) *OverageWorker {
	return &OverageWorker{svc: svc, minCents: minCents}
}

// Run bills every account's unbilled usage with one PaymentIntent each.
func (w *OverageWorker) Run(ctx context.Context) error {
	byAccount, err := w.svc.store.UnbilledUsage(ctx)
	if err != nil {
		return err
	}
	for accountID, rows := range byAccount {
		var total int64
		ids := make([]int64, 0, len(rows))
		for _, r := range rows {
			total += r.Cents
			ids = append(ids, r.ID)
		}
		if total < w.minCents {
			continue
		}
		acct, err := w.svc.store.Account(ctx, accountID)
		if err != nil {
			log.Printf("overage: account %s: %v", accountID, err)
			continue
		}
		pi, err := w.charge(ctx, acct, total, len(rows))
		if err != nil {
			log.Printf("overage: charge %s: %v", accountID, err)
			continue
		}
		if err := w.svc.store.AttachIntent(ctx, ids, pi.ID); err != nil {
			return err
		}
	}
	return nil
}

func (w *OverageWorker) charge(ctx context.Context, acct *store.Account, cents int64, rows int) (*stripe.PaymentIntent, error) {
	return retryx.Do(ctx, w.svc.policy, func(ctx context.Context) (*stripe.PaymentIntent, error) {
		params := &stripe.PaymentIntentCreateParams{
			Amount:        stripe.Int64(cents),
			Currency:      stripe.String(w.svc.cur),
			Customer:      stripe.String(acct.StripeCustomer),
			PaymentMethod: stripe.String(acct.DefaultPM),
			Confirm:       stripe.Bool(true),
			Description:   stripe.String("Metered overage"),
			Metadata:      map[string]string{"account": acct.ID, "rows": strconv.Itoa(rows)},
		}
		params.SetIdempotencyKey(fmt.Sprintf("overage-%s-%s", acct.ID, time.Now().UTC().Format("20060102150405")))
		pi, err := w.svc.sc.V1PaymentIntents.Create(ctx, params) // want "\\[idempotency\\] stripe V1PaymentIntents.Create is retried by retryx.Do \\(line 60\\) with an idempotency key made anew on every attempt"
		return pi, classifyStripe(err)
	})
}
