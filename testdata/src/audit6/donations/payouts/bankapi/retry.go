package bankapi

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// withRetry sends the request built by send until the bank accepts it, at
// most four times, doubling the wait; out receives the decoded answer.
func (c *Client) withRetry(ctx context.Context, send func() (*http.Response, error), out any) error {
	wait := time.Second
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		resp, err := send()
		if err != nil {
			lastErr = err
		} else if resp.StatusCode >= 400 { // want "\\[retrystatus\\] POST /v1/transfers is retried by withRetry \\(line 61\\): every non-2xx status is retried, including 400/404/422"
			resp.Body.Close()
			lastErr = fmt.Errorf("bank answered %s", resp.Status)
		} else {
			defer resp.Body.Close()
			return json.NewDecoder(resp.Body).Decode(out)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return lastErr
}
