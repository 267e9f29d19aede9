// Package use retries payment writes through the helpers of package hx.
package use

import (
	"context"
	"net/http"
	"time"

	"retrybackoff/helpers/hx"
)

func capture(c *http.Client, id string) error {
	req, err := http.NewRequest(http.MethodPost, "https://api.provider.example/v1/payments/"+id+"/capture", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", "capture-"+id)
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func fastThroughHelper(c *http.Client, id string) error {
	return hx.Fixed(5, 100*time.Millisecond, func() error {
		req, _ := http.NewRequest(http.MethodPost, "https://api.provider.example/v1/payments/"+id+"/capture", nil)
		req.Header.Set("Idempotency-Key", "capture-"+id)
		resp, err := c.Do(req) // want `is retried by hx.Fixed \(line \d+\) every 100ms, a fixed wait that does not grow`
		if err != nil {
			return err
		}
		return resp.Body.Close()
	})
}

func foreverThroughHelper(c *http.Client, id string) {
	hx.Forever(func() error {
		req, _ := http.NewRequest(http.MethodPost, "https://api.provider.example/v1/payments/"+id+"/capture", nil)
		req.Header.Set("Idempotency-Key", "capture-"+id)
		resp, err := c.Do(req) // want `is retried by hx.Forever \(line \d+\) with no wait between attempts`
		if err != nil {
			return err
		}
		return resp.Body.Close()
	})
}

// Look-alikes: a fixed wait of 2s with a cap, a growing wait with a
// deadline, and a wait the helper's caller computes at run time.
func slowThroughHelper(c *http.Client, id string) error {
	return hx.Fixed(3, 2*time.Second, func() error { return capture(c, id) })
}

func backoffThroughHelper(ctx context.Context, c *http.Client, id string) error {
	return hx.Backoff(ctx, 3, func() error { return capture(c, id) })
}

func configuredWait(c *http.Client, id string, wait time.Duration) error {
	return hx.Fixed(3, wait, func() error { return capture(c, id) })
}
