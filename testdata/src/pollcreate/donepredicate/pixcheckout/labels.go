package pixcheckout

import (
	"context"
	"time"

	"pollcreate/donepredicate/waitkit"
)

// Label is a courier's shipping label.
type Label struct {
	ID     string `json:"id"`
	Status string `json:"status"` // queued, ready, failed
}

// Courier buys shipping labels.
type Courier interface {
	BuyLabel(ctx context.Context, orderID string) (*Label, error)
	Label(ctx context.Context, id string) (*Label, error)
}

// labelAgainOnTimeout buys a new label when the first is not printed in
// time: a label is no payment.
func labelAgainOnTimeout(ctx context.Context, co Courier, orderID string) (*Label, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		l, err := co.BuyLabel(ctx, orderID)
		if err != nil {
			return nil, err
		}
		wctx, cancel := context.WithTimeout(ctx, time.Minute)
		res, err := waitkit.WaitFor(wctx, 5*time.Second, func(ctx context.Context) (*Label, error) {
			return co.Label(ctx, l.ID)
		}, func(l *Label) bool { return l.Status == "ready" || l.Status == "failed" })
		cancel()
		if err == nil {
			return res, nil
		}
		lastErr = err
	}
	return nil, lastErr
}
