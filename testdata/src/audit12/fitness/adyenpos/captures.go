package adyenpos

import (
	"context"
	"log"

	"audit12/fitness/domain"
	"audit12/fitness/webhooks"
)

// RunCaptures captures sales whose authorisation was notified.
func RunCaptures(ctx context.Context, t *Terminal, jobs <-chan webhooks.CaptureJob) {
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-jobs:
			sale := domain.Sale{Ref: j.Ref, AmountCents: j.Amount, Currency: j.Currency}
			if err := t.Capture(ctx, sale, j.PspReference); err != nil {
				log.Printf("adyen capture %s: %v", j.Ref, err)
			}
		}
	}
}
