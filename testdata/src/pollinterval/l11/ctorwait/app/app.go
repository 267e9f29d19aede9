// Package app wires the watchers: the interval handed to the constructor
// is judged here, where its value is.
package app

import (
	"os"
	"time"

	"pollinterval/l11/ctorwait/watch"
)

func wire(api *watch.API) []any {
	fast := watch.NewWatcher(api, 800*time.Millisecond) // want `payment status polled every 800ms: watch.NewWatcher stores it in Watcher.interval, the wait between reads of watch.API.payment \(GET /v1/payments/\{\}\) \(watch/watch.go:55\); the provider's limit is one poll per 2s`
	const quick = time.Second
	alsoFast := watch.NewWatcher(api, quick) // want `payment status polled every 1s: watch.NewWatcher stores it`
	calm := watch.NewWatcher(api, 5*time.Second)
	cache := watch.NewCache(500 * time.Millisecond)
	def := watch.NewDefaulted(api, time.Second)
	configured := watch.NewWatcher(api, fromEnv())
	return []any{fast, alsoFast, calm, cache, def, configured}
}

func fromEnv() time.Duration {
	d, err := time.ParseDuration(os.Getenv("POLL_EVERY"))
	if err != nil {
		return 5 * time.Second
	}
	return d
}
