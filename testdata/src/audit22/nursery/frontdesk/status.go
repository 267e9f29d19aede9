package frontdesk

import (
	"context"
	"time"

	square "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/terminal"
)

// deskRefresh is how often the desk screen re-reads a checkout.
const deskRefresh = 750 * time.Millisecond

// Watch re-reads a checkout for the staff screen until it finishes or the
// screen goes away, and streams each status it sees.
func (d *Desk) Watch(ctx context.Context, checkoutID string, each func(status string)) (*square.TerminalCheckout, error) {
	for n := 0; n < 400; n++ {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		default:
		}
		got, err := d.sq.Terminal.Checkouts.Get(ctx, &terminal.GetCheckoutsRequest{CheckoutID: checkoutID})
		if err != nil {
			return nil, err
		}
		each(*got.Checkout.Status)
		switch *got.Checkout.Status {
		case CheckoutCompleted, CheckoutCanceled:
			return got.Checkout, nil
		}
		time.Sleep(deskRefresh) // want "\\[pollinterval\\] payment status polled every 750ms"
	}
	return nil, context.DeadlineExceeded
}
