package dunning

import (
	"context"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// refresh reads a premium payment's state for the dunning report; the API
// is flaky in the early morning so a read is tried three times.
func (w *Worker) refresh(ctx context.Context, paymentID string) (*gocardless.Payment, error) {
	var lastErr error
	for i := 0; i < 3; i++ {
		p, err := w.gc.Payments.Get(ctx, paymentID) // want "\\[retrybackoff\\] gocardless Payments.Get is retried by a for loop \\(line 14\\) with no wait between attempts"
		if err == nil {                             // audit: missed retrystatus (by design silent: an SDK call retried on its bare error; the blind author counts the declines/4xx it retries)
			return p, nil
		}
		lastErr = err
	}
	return nil, lastErr
}

// Report lists the live state of every premium still in dunning.
func (w *Worker) Report(ctx context.Context) (map[string]string, error) {
	var ids []string
	if err := w.db.SelectContext(ctx, &ids,
		`SELECT gc_payment_id FROM premiums WHERE status = 'pending_submission'`); err != nil {
		return nil, err
	}
	out := make(map[string]string, len(ids))
	for _, id := range ids {
		p, err := w.refresh(ctx, id)
		if err != nil {
			return nil, err
		}
		out[id] = p.Status
		time.Sleep(200 * time.Millisecond) // stay under the rate limit across the batch
	}
	return out, nil
}
