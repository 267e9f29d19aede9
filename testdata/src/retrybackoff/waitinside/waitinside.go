// Package waitinside: loops around the package's own functions. A
// function that waits between its own reads (a settle waiter polling every
// 5s) makes every attempt of the loop around it wait too; a wrapper that
// only sends does not.
package waitinside

import (
	"context"
	"net/http"
	"time"
)

type client struct{ hc *http.Client }

// settle polls the settlement every 5s for up to a minute.
func (c *client) settle(ctx context.Context, id string) (string, error) {
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://psp.example/v1/payments/"+id, nil)
		resp, err := c.hc.Do(req)
		if err != nil {
			return "", err
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			return "SUCCESS", nil
		}
		time.Sleep(5 * time.Second)
	}
	return "PENDING", nil
}

// The waiter waits inside itself: retrying it three times waits too.
func (c *client) confirm(ctx context.Context, id string) error {
	for round := 0; round < 3; round++ {
		status, err := c.settle(ctx, id)
		if err == nil && status == "SUCCESS" {
			return nil
		}
	}
	return context.DeadlineExceeded
}

// fetch only sends: a loop around it with no wait hammers the provider.
func (c *client) fetch(ctx context.Context, id string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://psp.example/v1/payments/"+id, nil)
	return c.hc.Do(req)
}

func (c *client) fetchHard(ctx context.Context, id string) error {
	for i := 0; i < 5; i++ {
		resp, err := c.fetch(ctx, id) // want `is retried by a for loop \(line 51\) with no wait between attempts`
		if err == nil {
			resp.Body.Close()
			return nil
		}
	}
	return context.DeadlineExceeded
}
