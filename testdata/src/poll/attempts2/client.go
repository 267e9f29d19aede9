// Package attempts2: retry loops whose wait is kept in a struct field, and
// loops whose only other calls are the package's own cheap helpers
// (poll.Attempts, analyzers/internal/poll/gaps2_test.go).
package attempts2

import (
	"strings"
	"sync"
	"time"
)

// client keeps its pause between attempts in unexported fields.
type client struct {
	mu      sync.Mutex
	token   string
	pause   time.Duration // set once, from a constant
	gap     time.Duration // set from the caller's option
	settle  time.Duration // two constants, both short
	cool    time.Duration // a short and a long constant
	Backoff time.Duration // exported: other packages may set it
	tries   int
}

// option configures a client.
type option func(*client)

// withGap is the only writer of gap besides the constructor.
func withGap(d time.Duration) option { return func(c *client) { c.gap = d } }

func newClient(opts ...option) *client {
	c := &client{
		pause:   250 * time.Millisecond,
		gap:     time.Second,
		settle:  500 * time.Millisecond,
		cool:    100 * time.Millisecond,
		Backoff: 100 * time.Millisecond,
		tries:   3,
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

// relax lengthens two waits with constants.
func (c *client) relax() {
	c.settle = 1500 * time.Millisecond
	c.cool = 10 * time.Second
}

// bearer reads the token under the lock: it never waits on the network.
func (c *client) bearer() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return "Bearer " + strings.TrimSpace(c.token)
}

// header builds a header value through another cheap helper.
func (c *client) header() string { return c.bearer() + "; v=2" }

// refresh sleeps: a call of it may wait.
func (c *client) refresh() string {
	time.Sleep(time.Second)
	return c.bearer()
}

// fetchToken hands the token over a channel: a call of it may wait.
func fetchToken(ch chan string) string { return <-ch }

// loopy calls itself: not summarised, it may wait.
func loopy(n int) int {
	if n == 0 {
		return 0
	}
	return loopy(n - 1)
}

// viaFunc calls a function value: unknown code, it may wait.
func viaFunc(get func() string) string { return strings.ToUpper(get()) }

// bounded spins in a loop of its own; it calls nothing that waits.
func bounded(s string) int {
	n := 0
	for _, r := range s {
		if r == '-' {
			n++
		}
	}
	return n
}
