package attempts2

import (
	"time"

	"poll/fakepay"
)

func (c *client) fieldPause() {
	for i := 0; i < c.tries; i++ { // want `attempts: waits time.Sleep=250ms bounded`
		if _, err := fakepay.Create(100); err == nil {
			return
		}
		time.Sleep(c.pause)
	}
}

// The interval goes through a local first.
func (c *client) fieldPauseLocal() {
	d := c.pause
	for i := 0; i < 3; i++ { // want `attempts: waits time.Sleep=250ms bounded`
		if _, err := fakepay.Create(100); err == nil {
			return
		}
		time.Sleep(d)
	}
}

// gap is also set from withGap's parameter: unknown.
func (c *client) optionGap() {
	for i := 0; i < 3; i++ { // want `attempts: waits time.Sleep=unknown bounded`
		if _, err := fakepay.Create(100); err == nil {
			return
		}
		time.Sleep(c.gap)
	}
}

// settle is 500ms or 1.5s: the longest counts.
func (c *client) twoShort() {
	for i := 0; i < 3; i++ { // want `attempts: waits time.Sleep=1.5s bounded`
		if _, err := fakepay.Create(100); err == nil {
			return
		}
		time.Sleep(c.settle)
	}
}

// cool is 100ms or 10s: the longest, 10s.
func (c *client) shortOrLong() {
	for i := 0; i < 3; i++ { // want `attempts: waits time.Sleep=10s bounded`
		if _, err := fakepay.Create(100); err == nil {
			return
		}
		time.Sleep(c.cool)
	}
}

// An exported field may be set by any package: unknown.
func (c *client) exported() {
	for i := 0; i < 3; i++ { // want `attempts: waits time.Sleep=unknown bounded`
		if _, err := fakepay.Create(100); err == nil {
			return
		}
		time.Sleep(c.Backoff)
	}
}

// The field grows in the loop: unknown, never a fixed short wait.
func (g *growing) growsField() {
	for i := 0; i < 3; i++ { // want `attempts: waits time.Sleep=unknown bounded`
		if _, err := fakepay.Create(100); err == nil {
			return
		}
		time.Sleep(g.retryWait)
		g.retryWait *= 2
	}
}

type growing struct{ retryWait time.Duration }

func newGrowing() *growing { return &growing{retryWait: 300 * time.Millisecond} }

// A cheap same-package helper does not wait: the loop is busy.
func (c *client) cheapHelpers(s string) {
	for i := 0; i < 3; i++ { // want `attempts: busy bounded`
		_ = c.header()
		_ = bounded(s)
		if _, err := fakepay.Create(100); err == nil {
			return
		}
	}
}

// refresh sleeps: the loop may block, it is not busy.
func (c *client) sleepingHelper() {
	for i := 0; i < 3; i++ { // want `attempts: bounded`
		_ = c.refresh()
		if _, err := fakepay.Create(100); err == nil {
			return
		}
	}
}

func channelHelper(ch chan string) {
	for i := 0; i < 3; i++ { // want `attempts: bounded`
		_ = fetchToken(ch)
		if _, err := fakepay.Create(100); err == nil {
			return
		}
	}
}

func recursiveHelper() {
	for i := 0; i < 3; i++ { // want `attempts: bounded`
		_ = loopy(i)
		if _, err := fakepay.Create(100); err == nil {
			return
		}
	}
}

func funcValueHelper(get func() string) {
	for i := 0; i < 3; i++ { // want `attempts: bounded`
		_ = viaFunc(get)
		if _, err := fakepay.Create(100); err == nil {
			return
		}
	}
}
