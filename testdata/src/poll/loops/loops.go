package loops

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"

	"poll/fakepay"
	"poll/intervals"
)

var errPending = errors.New("pending")

func sleepConst(id string) error {
	for { // want `poll id: interval=500ms status-exit=true bounded=false swallowed=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed {
			return nil
		}
		time.Sleep(500 * time.Millisecond)
	}
}

func tickerSelectCtx(ctx context.Context, id string) error {
	t := time.NewTicker(intervals.PollEvery)
	defer t.Stop()
	for { // want `poll id: interval=1s status-exit=true bounded=true swallowed=true`
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		p, _ := fakepay.Get(id)
		switch p.Status {
		case fakepay.Confirmed, fakepay.Failed:
			return nil
		}
	}
}

type order struct{ PaymentID string }

func rangeOrders(orders []order) {
	for _, o := range orders {
		fakepay.Get(o.PaymentID)
		time.Sleep(100 * time.Millisecond)
	}
}

func growing(id string) {
	d := 500 * time.Millisecond
	for { // want `poll id: interval=grows status-exit=true bounded=false`
		p, err := fakepay.Get(id)
		if err == nil && p.Status == fakepay.Confirmed {
			return
		}
		time.Sleep(d)
		d *= 2
	}
}

func busy(id string) {
	for { // want `poll id: interval=busy status-exit=true bounded=false swallowed=true`
		p, _ := fakepay.Get(id)
		if p.Status == fakepay.Confirmed {
			break
		}
	}
}

func readRetry(id string) *fakepay.Payment {
	for i := 0; i < 3; i++ {
		p, err := fakepay.Get(id)
		if err == nil {
			return p
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil
}

var errTooLong = errors.New("too long")

func waitPaid(id string, attempt int) error {
	if attempt > 10 {
		return errTooLong
	}
	p, err := fakepay.Get(id)
	if err != nil {
		return err
	}
	if p.Status == fakepay.Pending {
		time.Sleep(3 * time.Second)
		return waitPaid(id, attempt+1) // want `poll id: interval=3s status-exit=true bounded=true swallowed=false`
	}
	return nil
}

func constantBackoff(id string) error {
	return backoff.Retry(func() error { // want `poll id: interval=1s status-exit=true bounded=false swallowed=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status != fakepay.Confirmed {
			return errPending
		}
		return nil
	}, backoff.NewConstantBackOff(time.Second))
}

func exponentialBackoff(id string) error {
	b := backoff.NewExponentialBackOff()
	return backoff.Retry(func() error { // want `poll id: interval=grows status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status != fakepay.Confirmed {
			return errPending
		}
		return nil
	}, b)
}

func rangeTick(id string) {
	for range time.Tick(3 * time.Second) { // want `poll id: interval=3s status-exit=true bounded=false`
		if p, err := fakepay.Get(id); err == nil && p.Status == fakepay.Confirmed {
			return
		}
	}
}

var errTimeout = errors.New("timeout")

func outerTimeout(id string) error {
	timeout := time.After(2 * time.Minute)
	for { // want `poll id: interval=3s status-exit=true bounded=true swallowed=false`
		select {
		case <-timeout:
			return errTimeout
		case <-time.After(3 * time.Second):
		}
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
	}
}

func localConst(c *fakepay.Client, id string) {
	every := 250 * time.Millisecond
	for { // want `poll id: interval=250ms status-exit=true bounded=false swallowed=true`
		st, err := c.Status(context.Background(), id)
		if err != nil {
			continue
		}
		if st == fakepay.Confirmed {
			return
		}
		time.Sleep(every)
	}
}

func paramInterval(ctx context.Context, c *fakepay.Client, id string, d time.Duration) error {
	for { // want `poll id: interval=unknown status-exit=true bounded=true swallowed=false`
		st, err := c.Status(ctx, id)
		if err != nil {
			return err
		}
		if st == fakepay.Confirmed {
			return nil
		}
		time.Sleep(d)
	}
}

type db interface{ Ping() error }

func notPayment(d db) {
	for {
		if d.Ping() == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func attemptCap(id string) {
	for i := 0; i < 20; i++ { // want `poll id: interval=2s status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err == nil && p.Status == fakepay.Confirmed {
			return
		}
		time.Sleep(2 * time.Second)
	}
}

func noStatusExit(id string) {
	for { // want `poll id: interval=5s status-exit=false bounded=false`
		p, err := fakepay.Get(id)
		if err != nil {
			continue
		}
		println(p.Status)
		time.Sleep(intervals.Slow)
	}
}

func createInLoop(id string) {
	for { // want `poll id: interval=5s`
		p, _ := fakepay.Get(id)
		if p.Status == fakepay.Confirmed {
			return
		}
		if p.Status == fakepay.Failed || p.Status == fakepay.Expired {
			np, _ := fakepay.Create(100) // want `create in poll loop, after failure=true`
			id = np.ID
			continue
		}
		fakepay.Create(100) // want `create in poll loop, after failure=false`
		time.Sleep(5 * time.Second)
	}
}

func createAfterFailedCheck(id string) {
	for { // want `poll id: interval=5s`
		p, _ := fakepay.Get(id)
		if p.Status != fakepay.Failed {
			time.Sleep(5 * time.Second)
			continue
		}
		fakepay.Create(100) // want `create in poll loop, after failure=true`
		return
	}
}

func createEachRound() {
	for { // want `poll p.ID: interval=5s`
		p, _ := fakepay.Create(100) // want `create in poll loop, after failure=false`
		got, _ := fakepay.Get(p.ID)
		if got.Status == fakepay.Confirmed {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

func innerRetry(id string) {
	for { // want `poll id: interval=3s status-exit=true`
		var p *fakepay.Payment
		var err error
		for i := 0; i < 3; i++ {
			p, err = fakepay.Get(id)
			if err == nil {
				break
			}
		}
		if p != nil && p.Status == fakepay.Confirmed {
			return
		}
		time.Sleep(3 * time.Second)
	}
}
