// Package fanout creates one payment per order in its own goroutine.
package fanout

import (
	"context"
	"sync"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Order struct {
	ID     string
	Amount int64
}

// ChargeAll fans out one create per order and collects the ids.
func ChargeAll(ctx context.Context, orders []Order) ([]string, []error) {
	var (
		mu   sync.Mutex
		wg   sync.WaitGroup
		ids  []string
		errs []error
	)
	sem := make(chan struct{}, 8)
	for _, o := range orders {
		wg.Add(1)
		sem <- struct{}{}
		go func(o Order) {
			defer wg.Done()
			defer func() { <-sem }()
			p := &stripe.PaymentIntentParams{Amount: stripe.Int64(o.Amount), Currency: stripe.String("eur")}
			p.SetIdempotencyKey("order-" + o.ID)
			pi, err := paymentintent.New(p)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
				return
			}
			ids = append(ids, pi.ID)
		}(o)
	}
	wg.Wait()
	return ids, errs
}

// ChargeAllNoKey fans out with Go 1.22 loop variables and no app key.
func ChargeAllNoKey(ctx context.Context, orders []Order) {
	var wg sync.WaitGroup
	for _, o := range orders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = paymentintent.New(&stripe.PaymentIntentParams{Amount: stripe.Int64(o.Amount), Currency: stripe.String("eur")})
		}()
	}
	wg.Wait()
}
