// Package pixcheckout takes Pix payments through Mercado Pago's sdk-go
// and waits for each with waitkit's helpers of another package, handing
// them the read (fetch) and the final states (done) as two callbacks.
// When a helper gives up while the payment may still be paid, a pass that
// creates another lets the buyer pay twice. Look-alikes: creating again
// only once the first is read rejected or cancelled, cancelling the first
// before creating again, one payment per order, a wait bounded only by the caller's own context,
// and a shipping label bought again after its wait.
package pixcheckout

import (
	"context"
	"errors"
	"log"
	"time"

	"github.com/mercadopago/sdk-go/pkg/payment"

	"pollcreate/donepredicate/waitkit"
)

var errNotPaid = errors.New("pixcheckout: not paid")

type Checkout struct {
	mp payment.Client
}

func final(r *payment.Response) bool {
	return r.Status == "approved" || r.Status == "rejected" || r.Status == "cancelled"
}

// payAgainOnTimeout creates a new Pix payment whenever the two-minute
// wait gives up.
func (c *Checkout) payAgainOnTimeout(ctx context.Context, req payment.Request) (*payment.Response, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		p, err := c.mp.Create(ctx, req) // want `new payment created on every pass of the loop \(line 36\) that waits for it through waitkit.WaitFor \(line 42\)`
		if err != nil {
			return nil, err
		}
		wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		res, err := waitkit.WaitFor(wctx, 5*time.Second, func(ctx context.Context) (*payment.Response, error) {
			return c.mp.Get(ctx, p.ID)
		}, func(r *payment.Response) bool {
			return r.Status == "approved" || r.Status == "rejected" || r.Status == "cancelled"
		})
		cancel()
		if err == nil {
			return res, nil
		}
		lastErr = err
		log.Printf("pix payment %d not confirmed in time", p.ID)
	}
	return nil, lastErr
}

// payAgainOnOwnMaximum waits through Until, whose own maximum ends the
// wait, and goes round on its error.
func (c *Checkout) payAgainOnOwnMaximum(ctx context.Context, req payment.Request) (*payment.Response, error) {
	for attempt := 1; attempt <= 3; attempt++ {
		p, err := c.mp.Create(ctx, req) // want `payment mercadopago payment.Create made again on every pass of the loop \(line 60\) after waitkit.Until \(line 65\) stops waiting while the payment may still be pending`
		if err != nil {
			return nil, err
		}
		res, err := waitkit.Until(ctx, 3*time.Second, 90*time.Second, func(ctx context.Context) (*payment.Response, error) {
			return c.mp.Get(ctx, p.ID)
		}, func(r *payment.Response) bool { return r.Status == "approved" })
		if err != nil {
			log.Printf("attempt %d: %v", attempt, err)
			continue
		}
		return res, nil
	}
	return nil, errNotPaid
}

// payAgainAfterRejection leaves when the wait gives up and creates again
// only when the first was read rejected or cancelled.
func (c *Checkout) payAgainAfterRejection(ctx context.Context, req payment.Request) (*payment.Response, error) {
	for attempt := 0; attempt < 3; attempt++ {
		p, err := c.mp.Create(ctx, req)
		if err != nil {
			return nil, err
		}
		wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		res, err := waitkit.WaitFor(wctx, 5*time.Second, func(ctx context.Context) (*payment.Response, error) {
			return c.mp.Get(ctx, p.ID)
		}, final)
		cancel()
		if err != nil {
			return nil, err
		}
		if res.Status == "approved" {
			return res, nil
		}
	}
	return nil, errNotPaid
}

// cancelThenPayAgain cancels the first payment when the wait gives up:
// it can no longer be paid.
func (c *Checkout) cancelThenPayAgain(ctx context.Context, req payment.Request) (*payment.Response, error) {
	for attempt := 0; attempt < 3; attempt++ {
		p, err := c.mp.Create(ctx, req)
		if err != nil {
			return nil, err
		}
		wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		res, err := waitkit.WaitFor(wctx, 5*time.Second, func(ctx context.Context) (*payment.Response, error) {
			return c.mp.Get(ctx, p.ID)
		}, func(r *payment.Response) bool { return r.Status == "approved" })
		cancel()
		if err == nil {
			return res, nil
		}
		if _, err := c.mp.Cancel(ctx, p.ID); err != nil {
			return nil, err
		}
	}
	return nil, errNotPaid
}

// onePerOrder pays each order once and waits for it.
func (c *Checkout) onePerOrder(ctx context.Context, reqs []payment.Request) error {
	for _, req := range reqs {
		p, err := c.mp.Create(ctx, req)
		if err != nil {
			return err
		}
		wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		_, err = waitkit.WaitFor(wctx, 5*time.Second, func(ctx context.Context) (*payment.Response, error) {
			return c.mp.Get(ctx, p.ID)
		}, final)
		cancel()
		if err != nil {
			log.Printf("order %s: %v", req.ExternalReference, err)
		}
	}
	return nil
}

// callerContextOnly waits with the caller's own context: the wait gives
// up only when the whole call is over, and the next creation fails too.
func (c *Checkout) callerContextOnly(ctx context.Context, req payment.Request) (*payment.Response, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		p, err := c.mp.Create(ctx, req)
		if err != nil {
			return nil, err
		}
		res, err := waitkit.WaitFor(ctx, 5*time.Second, func(ctx context.Context) (*payment.Response, error) {
			return c.mp.Get(ctx, p.ID)
		}, func(r *payment.Response) bool { return r.Status == "approved" })
		if err == nil {
			return res, nil
		}
		lastErr = err
	}
	return nil, lastErr
}
