// Package use retries payment captures through package rx's helper.
package use

import (
	"fmt"
	"net/http"

	"retrystatus/helpers/rx"
)

func newCapture(id string) *http.Request {
	req, _ := http.NewRequest(http.MethodPost, "https://api.provider.example/v1/payments/"+id+"/capture", nil)
	req.Header.Set("Idempotency-Key", "capture-"+id)
	return req
}

// Every non-200 answer becomes an error, and the helper retries every
// error: 400, 404 and 422 go round again.
func captureAnyStatus(c *http.Client, id string) error {
	return rx.Do(func() error {
		resp, err := c.Do(newCapture(id))
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK { // want `every non-2xx status is retried`
			return fmt.Errorf("capture: status %d", resp.StatusCode)
		}
		return nil
	})
}

// Look-alike: only 429 and 5xx come back as an error; other failures
// are returned as nil with the outcome recorded, so the helper stops.
func captureRetryable(c *http.Client, id string, failed *int) error {
	return rx.Do(func() error {
		resp, err := c.Do(newCapture(id))
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
			return fmt.Errorf("capture: status %d", resp.StatusCode)
		}
		if resp.StatusCode != http.StatusOK {
			*failed = resp.StatusCode
		}
		return nil
	})
}
