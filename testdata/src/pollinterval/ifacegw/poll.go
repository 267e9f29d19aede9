// Package ifacegw polls payments through interfaces: hilt's Gateway (its
// one real implementation) and interfaces of its own.
package ifacegw

import (
	"context"
	"net/http"
	"time"

	"poll/ifacegw/hilt"
)

type Checkout struct{ gw hilt.Gateway }

// WaitFast polls every 500ms through the Gateway interface.
func (c *Checkout) WaitFast(ctx context.Context, id string) (*hilt.Payment, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	for ctx.Err() == nil {
		p, err := c.gw.GetPayment(ctx, id)
		if err == nil && (p.Status == "CONFIRMED" || p.Status == "FAILED") {
			return p, nil
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms`
	}
	return nil, ctx.Err()
}

// WaitSlow polls every 3s: silent.
func (c *Checkout) WaitSlow(ctx context.Context, id string) (*hilt.Payment, error) {
	for i := 0; i < 100; i++ {
		p, err := c.gw.GetPayment(ctx, id)
		if err == nil && (p.Status == "CONFIRMED" || p.Status == "FAILED") {
			return p, nil
		}
		time.Sleep(3 * time.Second)
	}
	return nil, context.DeadlineExceeded
}

// finder has two implementations that disagree: the provider and a local
// cache. A fast loop over it is not known to poll the provider: silent.
type finder interface {
	Find(ctx context.Context, id string) (*hilt.Payment, error)
}

type restFinder struct{ base string }

func (r restFinder) Find(ctx context.Context, id string) (*hilt.Payment, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, r.base+"/v1/payments/"+id, nil)
	_, err := http.DefaultClient.Do(req)
	return &hilt.Payment{ID: id}, err
}

type cacheFinder struct{ m map[string]*hilt.Payment }

func (c cacheFinder) Find(ctx context.Context, id string) (*hilt.Payment, error) {
	return c.m[id], nil
}

func waitDisagree(ctx context.Context, f finder, id string) {
	for i := 0; i < 100; i++ {
		p, err := f.Find(ctx, id)
		if err == nil && (p.Status == "CONFIRMED" || p.Status == "FAILED") {
			return
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// looker is implemented only by a mock (that happens to call a local test
// server): a test double is no implementation. Silent.
type looker interface {
	Look(ctx context.Context, id string) (*hilt.Payment, error)
}

type mockLooker struct{ url string }

func (m mockLooker) Look(ctx context.Context, id string) (*hilt.Payment, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, m.url+"/v1/payments/"+id, nil)
	_, err := http.DefaultClient.Do(req)
	return &hilt.Payment{ID: id}, err
}

func waitMock(ctx context.Context, l looker, id string) {
	for i := 0; i < 100; i++ {
		p, err := l.Look(ctx, id)
		if err == nil && (p.Status == "CONFIRMED" || p.Status == "FAILED") {
			return
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// remote has hilt's method, but nothing here hands hilt's type over as a
// remote, and hilt does not know this package: no visible
// implementation. Silent.
type remote interface {
	GetPayment(ctx context.Context, id string) (*hilt.Payment, error)
}

func waitRemote(ctx context.Context, r remote, id string) {
	for i := 0; i < 100; i++ {
		p, err := r.GetPayment(ctx, id)
		if err == nil && (p.Status == "CONFIRMED" || p.Status == "FAILED") {
			return
		}
		time.Sleep(500 * time.Millisecond)
	}
}
