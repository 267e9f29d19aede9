package paystation

import (
	"fmt"
	"net/http"
	"time"
)

// withRetry sends until the API answers 200, at most n times.
func (c *Client) withRetry(n int, send func() (*http.Response, error)) (*http.Response, error) {
	var last error
	for i := 0; i < n; i++ {
		resp, err := send()
		if err == nil && resp.StatusCode == http.StatusOK { // want "\\[retrystatus\\] PUT /merchant/v2/projects/{}/payments/{}/refund is retried by withRetry \\(line 75\\): every non-2xx status is retried, including 400/404/422"
			return resp, nil
		}
		if err != nil {
			last = err
		} else {
			resp.Body.Close()
			last = fmt.Errorf("paystation: HTTP %d", resp.StatusCode)
		}
		time.Sleep(250 * time.Millisecond) // audit: retrybackoff reported at the refund send (client.go:81): fixed 250ms wait that never grows between refund attempts (Exirom retry strategy: exponential from 2s)
	}
	return nil, last
}
