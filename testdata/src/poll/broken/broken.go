// Package broken does not type-check: go vet still runs analyzers on it,
// with gaps in the type information.
package broken

import (
	"time"

	"poll/fakepay"
)

func pollUndefined(id string) {
	for {
		p, err := fakepay.Get(id)
		if err != nil {
			continue
		}
		if p.Status == fakepay.Confirmd {
			return
		}
		time.Sleep(undefinedInterval)
		var x int = "string"
		_ = x
		q := fakepay.Create(missing...)
		_ = q
	}
}

func recursive(id string) {
	p, _ := fakepay.Get(id)
	if p.Stat == "" {
		recursive(unknown)
	}
	backoff.Retry(func() error { return nil }, nil)
	select {
	case <-notAChan:
	case v := <-time.After(bad):
		_ = v
	}
}
