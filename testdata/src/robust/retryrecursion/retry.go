// Package retryrecursion retries a request by recursion through helpers
// that each take the request, as maunium.net/go/mautrix's client does
// (executeCompiledRequest and doRetry call each other with req): the
// payment model asks each helper what key it attaches, and a helper
// reached again while its own answer is being worked out must cut the
// walk, in every pass of the key search.
package retryrecursion

import (
	"errors"
	"fmt"
	"net/http"
	"time"
)

type Client struct {
	HTTP  *http.Client
	Token string
	Hook  func(req *http.Request, cause error) *http.Request
}

// Execute sends req, retrying by recursion through retryAfter.
func (c *Client) Execute(req *http.Request, retries int, backoff time.Duration) (*http.Response, error) {
	c.authorize(req)
	res, err := c.HTTP.Do(req)
	if err != nil {
		if retries > 0 {
			return c.retryAfter(req, err, retries, backoff)
		}
		return nil, err
	}
	if res.StatusCode >= 500 && retries > 0 {
		return c.retryAfter(req, fmt.Errorf("HTTP %d", res.StatusCode), retries, backoff)
	}
	return res, nil
}

func (c *Client) retryAfter(req *http.Request, cause error, retries int, backoff time.Duration) (*http.Response, error) {
	if req.GetBody != nil {
		body, err := req.GetBody()
		if err != nil {
			return nil, errors.Join(cause, err)
		}
		req.Body = body
	}
	time.Sleep(backoff)
	if c.Hook != nil {
		req = c.Hook(req, cause)
	}
	return c.Execute(req, retries-1, backoff*2)
}

func (c *Client) authorize(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+c.Token)
	c.trace(req, 0)
}

// trace and mark call each other and themselves with the request.
func (c *Client) trace(req *http.Request, n int) {
	req.Header.Set("X-Trace", fmt.Sprint(n))
	if n < 3 {
		c.mark(req, n+1)
		c.trace(req, n+1)
	}
}

func (c *Client) mark(req *http.Request, n int) {
	req.Header.Set("X-Mark", fmt.Sprint(n))
	c.trace(req, n)
	c.authorize(req)
}

// Charge posts a payment through the recursive client.
func (c *Client) Charge(amount int64) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, "https://api.example-pay.test/v1/charges", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	_ = amount
	return c.Execute(req, 3, time.Second)
}
