// Package noretryclient sends payment writes through retrying client types
// configured not to retry.
package noretryclient

import (
	"context"
	"net/http"
	"strings"

	"github.com/go-resty/resty/v2"
	"github.com/hashicorp/go-retryablehttp"
)

// Single posts once: RetryMax is zero.
func Single(ctx context.Context, base, body string) (*http.Response, error) {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 0
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/payments", strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	return rc.Do(req)
}

// RestyOnce posts once: no retry count set.
func RestyOnce(ctx context.Context, base string, body map[string]any) error {
	_, err := resty.New().SetBaseURL(base).R().SetContext(ctx).SetBody(body).Post("/v1/charges")
	return err
}

// RestyZero posts once: the retry count is zero.
func RestyZero(ctx context.Context, base string, body map[string]any) error {
	c := resty.New().SetRetryCount(0)
	_, err := c.R().SetContext(ctx).SetBody(body).Post(base + "/v1/charges")
	return err
}
