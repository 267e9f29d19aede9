// Package watch follows a payment with a ticker whose interval its
// constructor takes from the caller: the interval is a field written
// only from that parameter, so its value is the caller's. Look-alikes: a
// cache whose TTL field is never a poll's wait, a watcher whose interval
// field also gets a default of its own.
package watch

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

type payment struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// API reads payments from the provider.
type API struct {
	hc   *http.Client
	base string
}

func (a *API) payment(ctx context.Context, id string) (*payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.base+"/v1/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := a.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p payment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}

// Watcher waits for payments to settle.
type Watcher struct {
	api      *API
	interval time.Duration
}

// NewWatcher returns a watcher reading a payment every interval.
func NewWatcher(api *API, interval time.Duration) *Watcher {
	return &Watcher{api: api, interval: interval}
}

// Settled waits until the payment is final or ctx ends.
func (w *Watcher) Settled(ctx context.Context, id string) (string, error) {
	t := time.NewTicker(w.interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-t.C:
		}
		p, err := w.api.payment(ctx, id)
		if err != nil {
			return "", err
		}
		if p.Status == "succeeded" || p.Status == "failed" {
			return p.Status, nil
		}
	}
}

// Cache keeps answers for ttl; the TTL is no wait between status reads.
type Cache struct {
	ttl  time.Duration
	seen map[string]time.Time
}

// NewCache returns a cache.
func NewCache(ttl time.Duration) *Cache {
	return &Cache{ttl: ttl, seen: map[string]time.Time{}}
}

// Fresh says whether key was seen within the TTL.
func (c *Cache) Fresh(key string) bool {
	return time.Since(c.seen[key]) < c.ttl
}

// Defaulted polls at an interval the caller may leave to its default.
type Defaulted struct {
	api   *API
	every time.Duration
}

// NewDefaulted returns a poller; a zero every means five seconds.
func NewDefaulted(api *API, every time.Duration) *Defaulted {
	d := &Defaulted{api: api, every: every}
	if d.every <= 0 {
		d.every = 5 * time.Second
	}
	return d
}

// Wait reads the payment until it is final.
func (d *Defaulted) Wait(ctx context.Context, id string) error {
	for {
		p, err := d.api.payment(ctx, id)
		if err != nil {
			return err
		}
		if p.Status == "succeeded" || p.Status == "failed" {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(d.every):
		}
	}
}
