// Package txnread: a gateway's transaction API read with net/http. GET
// /transactions/{id} reads one payment transaction's state, so polling it
// is a payment poll; an account's transaction feed (no transaction id)
// is not.
package txnread

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

type txn struct {
	State string `json:"state"`
}

// settleEvery is the watcher's wait between reads.
const settleEvery = 750 * time.Millisecond

type watcher struct {
	hc    *http.Client
	base  string
	every time.Duration
}

func newWatcher(hc *http.Client, base string) *watcher {
	w := &watcher{hc: hc, base: base}
	w.every = settleEvery
	return w
}

func (w *watcher) get(ctx context.Context, url string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := w.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

// --- flagged ---

// The transaction is read every 750ms until it settles.
func (w *watcher) untilSettled(ctx context.Context, txnID string) (string, error) {
	for n := 0; n < 200; n++ {
		var t txn
		if err := w.get(ctx, w.base+"/v2/transactions/"+txnID, &t); err != nil {
			return "", err
		}
		if t.State == "settled" || t.State == "declined" {
			return t.State, nil
		}
		time.Sleep(w.every) // want `payment status polled every 750ms`
	}
	return "", errors.New("transaction still open")
}

// --- silent ---

// Every 3 seconds is slow enough.
func (w *watcher) untilSettledSlowly(ctx context.Context, txnID string) (string, error) {
	for n := 0; n < 60; n++ {
		var t txn
		if err := w.get(ctx, w.base+"/v2/transactions/"+txnID, &t); err != nil {
			return "", err
		}
		if t.State == "settled" || t.State == "declined" {
			return t.State, nil
		}
		time.Sleep(3 * time.Second)
	}
	return "", errors.New("transaction still open")
}

// An account's transaction feed is synced every second: no one payment's
// state is read.
func (w *watcher) syncFeed(ctx context.Context, accountID string, stop <-chan struct{}) {
	for {
		var feed []txn
		if err := w.get(ctx, w.base+"/v2/accounts/"+accountID+"/transactions", &feed); err == nil && len(feed) == 0 {
			return
		}
		select {
		case <-stop:
			return
		case <-time.After(time.Second):
		}
	}
}
