package loops

import (
	"context"
	"time"

	"poll/fakepay"
)

func pollGeneric[T any](id string, conv func(*fakepay.Payment) T) T {
	for i := 0; i < 10; i++ { // want `poll id: interval=3s status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err == nil && p.Status == fakepay.Confirmed {
			return conv(p)
		}
		time.Sleep(3 * time.Second)
	}
	var zero T
	return zero
}

func labeledBreak(ctx context.Context, id string) {
	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
loop:
	for { // want `poll id: interval=2s status-exit=true bounded=true`
		select {
		case <-ctx.Done():
			break loop
		case <-t.C:
			p, _ := fakepay.Get(id)
			if p.Status == fakepay.Confirmed {
				break loop
			}
		}
	}
}

func breakOnlyLeavesSelect(id string) {
	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
	for { // want `poll id: interval=2s status-exit=false bounded=false swallowed=true`
		select {
		case <-t.C:
			p, _ := fakepay.Get(id)
			if p.Status == fakepay.Confirmed {
				break
			}
		}
	}
}

func deadlineTimer(id string) bool {
	deadline := time.NewTimer(10 * time.Minute)
	defer deadline.Stop()
	for { // want `poll id: interval=5s status-exit=true bounded=true`
		select {
		case <-deadline.C:
			return false
		case <-time.After(5 * time.Second):
		}
		if p, err := fakepay.Get(id); err == nil && p.Status == fakepay.Confirmed {
			return true
		}
	}
}

func gotoOut(id string) {
	for { // want `poll id: interval=4s status-exit=true bounded=false`
		p, err := fakepay.Get(id)
		if err == nil && p.Status == fakepay.Failed {
			goto done
		}
		time.Sleep(4 * time.Second)
	}
done:
	println("failed")
}

func forCondOnStatus(id string) {
	p, _ := fakepay.Get(id)
	for p.Status != fakepay.Confirmed { // want `poll id: interval=2s status-exit=true bounded=false swallowed=true`
		time.Sleep(2 * time.Second)
		p, _ = fakepay.Get(id)
	}
}

func immediatelyInvoked(id string) {
	for i := 0; i < 5; i++ { // want `poll id: interval=6s status-exit=true bounded=true`
		done := func() bool {
			p, err := fakepay.Get(id)
			return err == nil && p.Status == fakepay.Confirmed
		}()
		if done {
			return
		}
		time.Sleep(6 * time.Second)
	}
}

func switchContinuesWhilePending(id string) (*fakepay.Payment, error) {
	for { // want `poll id: interval=3s status-exit=true bounded=false swallowed=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return nil, err
		}
		switch p.Status {
		case fakepay.Pending:
			time.Sleep(3 * time.Second)
			continue
		}
		return p, nil
	}
}

func perRequestTimeout(id string, c *fakepay.Client) error {
	for { // want `poll id: interval=3s status-exit=true bounded=false swallowed=false`
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		st, err := c.Status(ctx, id)
		cancel()
		if err != nil {
			return err
		}
		if st == fakepay.Confirmed {
			return nil
		}
		time.Sleep(3 * time.Second)
	}
}

func overallTimeout(parent context.Context, id string, c *fakepay.Client) error {
	ctx, cancel := context.WithTimeout(parent, 2*time.Hour)
	defer cancel()
	for { // want `poll id: interval=3s status-exit=true bounded=true swallowed=false`
		st, err := c.Status(ctx, id)
		if err != nil {
			return err
		}
		if st == fakepay.Confirmed {
			return nil
		}
		time.Sleep(3 * time.Second)
	}
}

func tickerOrRoundTimeout(id string) error {
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for { // want `poll id: interval=500ms status-exit=true bounded=false swallowed=false`
		select {
		case <-t.C:
		case <-time.After(30 * time.Second):
			return errTimeout
		}
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed {
			return nil
		}
	}
}

// Not a poll of one payment: a reconciler listing pending payments.
func reconcileForever() {
	for {
		ps, err := fakepay.List()
		if err == nil {
			for _, p := range ps {
				if p.Status == fakepay.Confirmed {
					println(p.ID)
				}
			}
		}
		time.Sleep(30 * time.Second)
	}
}

// The error retry is short, but the loop waits for a webhook nudge.
func nudgedByWebhook(id string, nudges <-chan struct{}) {
	for { // want `poll id: interval=unknown status-exit=true bounded=false`
		p, err := fakepay.Get(id)
		if err != nil {
			time.Sleep(500 * time.Millisecond)
			continue
		}
		if p.Status == fakepay.Confirmed {
			return
		}
		<-nudges
	}
}

// A stop channel is a bound, not a wait: the ticker sets the pace.
func stopChannel(id string, stop <-chan struct{}) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for { // want `poll id: interval=1s status-exit=true bounded=true`
		select {
		case <-stop:
			return
		case <-t.C:
		}
		if p, err := fakepay.Get(id); err == nil && p.Status == fakepay.Confirmed {
			return
		}
	}
}

func ifInitSuccessOnly(id string) {
	for { // want `poll id: interval=3s status-exit=true bounded=false swallowed=true`
		if p, err := fakepay.Get(id); err == nil && p.Status == fakepay.Confirmed {
			return
		}
		time.Sleep(3 * time.Second)
	}
}

func errorLeavesThroughElse(id string) error {
	for { // want `poll id: interval=3s status-exit=true bounded=false swallowed=false`
		p, err := fakepay.Get(id)
		if err == nil {
			if p.Status == fakepay.Confirmed {
				return nil
			}
		} else {
			return err
		}
		time.Sleep(3 * time.Second)
	}
}
