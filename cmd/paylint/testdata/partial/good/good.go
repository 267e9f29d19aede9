// Package good retries a payment write without an idempotency key: the one
// finding the CLI tests expect.
package good

import (
	"net/http"
	"strings"
	"time"
)

// Charge posts a payment and retries on failure.
func Charge(c *http.Client, body string) (*http.Response, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Post("https://api.provider.example/v1/payments", "application/json", strings.NewReader(body))
		if err == nil {
			return resp, nil
		}
		lastErr = err
		time.Sleep(2 * time.Second)
	}
	return nil, lastErr
}
