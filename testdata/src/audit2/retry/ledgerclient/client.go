// Package ledgerclient is our client of the acquirer's charges API.
package ledgerclient

import (
	"context"
	"net/http"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// Client sends charges and refunds to the acquirer.
type Client struct {
	base string
	hc   *retryablehttp.Client
}

// retryOn4xxToo: the acquirer sometimes answers 404 for a charge that is
// still being created, so we retry every error status.
func retryOn4xxToo(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err != nil {
		return true, nil
	} // this CheckRetry (a named function assigned to hc.CheckRetry in New) retries every 4xx of the client that sends POST /v1/charges and /v1/refunds; 400/404/409/422 will fail the same way again (reported on the next line)
	return resp.StatusCode >= 400, nil // want "\\[retrystatus\\] payment requests are retried by the retryablehttp client's CheckRetry .line 20.: every non-2xx status is retried"
}

// New builds the client used by the checkout and refund services.
func New(base string) *Client {
	hc := retryablehttp.NewClient()
	hc.RetryMax = 4
	hc.RetryWaitMin = time.Second
	hc.RetryWaitMax = 15 * time.Second
	hc.CheckRetry = retryOn4xxToo
	return &Client{base: base, hc: hc}
}
