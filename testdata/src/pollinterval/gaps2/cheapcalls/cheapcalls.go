// Package cheapcalls polls in loops whose other calls are cheap: the
// request builder of the read, the package's own getters, conversions, an
// SDK error's Error method. None of them waits: the loops are busy.
package cheapcalls

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/go-resty/resty/v2"
)

type refund struct {
	State string `json:"state"`
}

type apiErr struct{ code string }

func (e *apiErr) Error() string { return "psp: " + e.code }

type desk struct {
	api  *resty.Client
	mu   sync.RWMutex
	auth string
	wake chan struct{}
}

// token reads the credential under the lock.
func (d *desk) token() string {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return strings.TrimPrefix(d.auth, "Bearer ")
}

// renewed waits for a refresh signal: calling it may block.
func (d *desk) renewed() string {
	<-d.wake
	return d.token()
}

// spinRefund builds the request in the read's own chain and reads the
// token through a getter: nothing waits between reads.
func (d *desk) spinRefund(ctx context.Context, id string) error {
	for n := 0; n < 50; n++ {
		var r refund
		var e apiErr
		_, err := d.api.R().SetContext(ctx).SetAuthToken(d.token()).SetResult(&r).SetError(&e).Get("/v1/refunds/" + id) // want `payment status polled in a busy loop with no wait between reads`
		if err != nil {
			return errors.New(e.Error())
		}
		switch strings.ToLower(string(r.State)) {
		case "succeeded":
			return nil
		case "failed":
			return errors.New("refund failed")
		}
	}
	return errors.New("refund still pending")
}

// waitsOnSignal: renewed blocks on a channel (silent).
func (d *desk) waitsOnSignal(ctx context.Context, id string) error {
	for n := 0; n < 50; n++ {
		var r refund
		_, err := d.api.R().SetContext(ctx).SetAuthToken(d.renewed()).SetResult(&r).Get("/v1/refunds/" + id)
		if err != nil {
			return err
		}
		if r.State == "succeeded" || r.State == "failed" {
			return nil
		}
	}
	return errors.New("refund still pending")
}

// pacedByHelper: the package's own helper sleeps (silent).
func (d *desk) pacedByHelper(ctx context.Context, id string) error {
	for n := 0; n < 50; n++ {
		var r refund
		_, err := d.api.R().SetContext(ctx).SetResult(&r).Get("/v1/refunds/" + id)
		if err != nil {
			return err
		}
		if r.State == "succeeded" || r.State == "failed" {
			return nil
		}
		d.breathe()
	}
	return errors.New("refund still pending")
}

func (d *desk) breathe() {
	d.mu.Lock()
	defer d.mu.Unlock()
	time.Sleep(3 * time.Second)
}
