// Package recursivesetters: helpers that hand the request to each other,
// as a client retrying by recursion does. The model asks each helper what
// key it attaches; a helper reached again while its own answer is being
// worked out is cut, in every pass of the key search, and the answer is
// the one the helpers give when walked once.
package recursivesetters

import (
	"fmt"
	"net/http"
	"strings"
	"time"
)

type Client struct {
	HTTP  *http.Client
	Token string
}

// Pay: the key is set by prepare, which calls itself through again.
func (c *Client) Pay(orderID string) (*http.Response, error) { // want `wrapper Client.Pay write\|create POST /v1/payment_intents keyparam=0`
	req, err := http.NewRequest(http.MethodPost, "https://api.stripe.com/v1/payment_intents", strings.NewReader("amount=100&currency=eur"))
	if err != nil {
		return nil, err
	}
	c.prepare(req, orderID, 2)
	return c.HTTP.Do(req) // want `op write\|create POST /v1/payment_intents key=Idempotency-Key keyparam=0`
}

func (c *Client) prepare(req *http.Request, key string, n int) {
	req.Header.Set("Idempotency-Key", key)
	if n > 0 {
		c.again(req, key, n-1)
	}
}

func (c *Client) again(req *http.Request, key string, n int) {
	req.Header.Set("Authorization", "Bearer "+c.Token)
	c.prepare(req, key, n)
}

// Refund: sent by execute, which retries by calling itself through
// retryAfter (mautrix's executeCompiledRequest and doRetry); no helper
// attaches a key, and none is found.
func (c *Client) Refund(charge string) (*http.Response, error) { // want `wrapper Client.Refund write\|create POST /v1/refunds$`
	req, err := http.NewRequest(http.MethodPost, "https://api.stripe.com/v1/refunds", strings.NewReader("charge="+charge))
	if err != nil {
		return nil, err
	}
	return c.execute(req, 3, time.Second) // want `op write\|create POST /v1/refunds via=execute$`
}

func (c *Client) execute(req *http.Request, retries int, backoff time.Duration) (*http.Response, error) {
	c.stamp(req, retries)
	res, err := c.HTTP.Do(req)
	if err != nil && retries > 0 {
		return c.retryAfter(req, err, retries, backoff)
	}
	if err == nil && res.StatusCode >= 500 && retries > 0 {
		return c.retryAfter(req, fmt.Errorf("HTTP %d", res.StatusCode), retries, backoff)
	}
	return res, err
}

func (c *Client) retryAfter(req *http.Request, cause error, retries int, backoff time.Duration) (*http.Response, error) {
	_ = cause
	time.Sleep(backoff)
	return c.execute(req, retries-1, backoff*2)
}

// stamp and trace call each other with the request, setting headers that
// are no key (a trace id made per attempt, the attempt number).
func (c *Client) stamp(req *http.Request, n int) {
	req.Header.Set("X-Attempt", fmt.Sprint(n))
	c.trace(req, n)
}

func (c *Client) trace(req *http.Request, n int) {
	req.Header.Set("X-Trace-Id", fmt.Sprint(time.Now().UnixNano()))
	if n > 0 {
		c.stamp(req, n-1)
	}
}
