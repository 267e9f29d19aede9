// Package reqcb: a client whose sender retries by calling, on every
// attempt, the function that builds the request (a body can be read only
// once). A key made inside that function is a new key per attempt; a key
// made before, or handed in, is the same on every attempt.
package reqcb

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/google/uuid"
)

type Client struct {
	base string
	hc   *http.Client
	key  string
}

type charge struct {
	CustomerID string `json:"customer_id"`
	Amount     int64  `json:"amount"`
	Currency   string `json:"currency"`
}

func (c *Client) newRequest(ctx context.Context, method, path string, v any) (*http.Request, error) {
	raw, _ := json.Marshal(v)
	return http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(raw))
}

// do sends what build makes, again on a network error, 429 or 5xx, with
// a doubling wait: build runs on every attempt.
func (c *Client) do(ctx context.Context, build func() (*http.Request, error)) (*http.Response, error) {
	wait := time.Second
	for attempt := 1; ; attempt++ {
		req, err := build()
		if err != nil {
			return nil, err
		}
		resp, err := c.hc.Do(req)
		if err == nil && resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests {
			return resp, nil
		}
		if attempt == 4 {
			return resp, err
		}
		time.Sleep(wait)
		wait *= 2
	}
}

// KeyInBuilder: the key is made inside the builder, so each attempt of
// do sends a new one.
func (c *Client) KeyInBuilder(ctx context.Context, customer string, cents int64) (*http.Response, error) {
	return c.do(ctx, func() (*http.Request, error) { // want `POST /v1/charges is retried by do \(line 58\) with an idempotency key made anew on every attempt \(uuid.NewString\(\), line 63\)`
		req, err := c.newRequest(ctx, http.MethodPost, "/v1/charges", charge{customer, cents, "EUR"})
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", uuid.NewString())
		return req, nil
	})
}

// buildCharge makes its key on every call: handed to do as a method
// value, it runs on every attempt.
func (c *Client) buildCharge() (*http.Request, error) {
	req, err := c.newRequest(context.Background(), http.MethodPost, "/v1/charges", charge{"cus_1", 500, "EUR"})
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", uuid.New().String())
	return req, nil
}

func (c *Client) MethodValue(ctx context.Context) (*http.Response, error) {
	return c.do(ctx, c.buildCharge) // want `POST /v1/charges is retried by do \(line 80\) with an idempotency key made anew on every attempt \(uuid.New\(\), line 75\)`
}

// ---- look-alikes that stay silent ----

// KeyCaptured: the key is made once, before do, and every attempt's
// request carries it.
func (c *Client) KeyCaptured(ctx context.Context, customer string, cents int64) (*http.Response, error) {
	key := uuid.NewString()
	return c.do(ctx, func() (*http.Request, error) {
		req, err := c.newRequest(ctx, http.MethodPost, "/v1/charges", charge{customer, cents, "EUR"})
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", key)
		return req, nil
	})
}

// KeyFromCaller: the caller's key, the same on every attempt.
func (c *Client) KeyFromCaller(ctx context.Context, key, customer string, cents int64) (*http.Response, error) {
	return c.do(ctx, func() (*http.Request, error) {
		req, err := c.newRequest(ctx, http.MethodPost, "/v1/charges", charge{customer, cents, "EUR"})
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", key)
		return req, nil
	})
}

type order struct {
	ID       string
	Key      string
	Customer string
	Cents    int64
}

// KeyFromField: the order's stored key.
func (c *Client) KeyFromField(ctx context.Context, o *order) (*http.Response, error) {
	return c.do(ctx, func() (*http.Request, error) {
		req, err := c.newRequest(ctx, http.MethodPost, "/v1/charges", charge{o.Customer, o.Cents, "EUR"})
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", o.Key)
		return req, nil
	})
}

// sendBuiltOnce builds the request once and retries only its send: every
// attempt carries the one key it was built with.
func (c *Client) sendBuiltOnce(ctx context.Context, build func() (*http.Request, error)) (*http.Response, error) {
	req, err := build()
	if err != nil {
		return nil, err
	}
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.hc.Do(req)
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return nil, context.DeadlineExceeded
}

func (c *Client) BuiltOnce(ctx context.Context, customer string, cents int64) (*http.Response, error) {
	return c.sendBuiltOnce(ctx, func() (*http.Request, error) {
		req, err := c.newRequest(ctx, http.MethodPost, "/v1/charges", charge{customer, cents, "EUR"})
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", uuid.NewString())
		return req, nil
	})
}

// sendOnce calls its builder once and sends once: nothing is retried.
func (c *Client) sendOnce(ctx context.Context, build func() (*http.Request, error)) (*http.Response, error) {
	req, err := build()
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req)
}

func (c *Client) NoRetry(ctx context.Context, customer string, cents int64) (*http.Response, error) {
	return c.sendOnce(ctx, func() (*http.Request, error) {
		req, err := c.newRequest(ctx, http.MethodPost, "/v1/charges", charge{customer, cents, "EUR"})
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", uuid.NewString())
		return req, nil
	})
}

// StatusRead: a GET of the charge, retried safely whatever it carries.
func (c *Client) StatusRead(ctx context.Context, id string) (*http.Response, error) {
	return c.do(ctx, func() (*http.Request, error) {
		req, err := c.newRequest(ctx, http.MethodGet, "/v1/charges/"+id, nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("X-Request-Id", uuid.NewString())
		return req, nil
	})
}

type pageView struct {
	Page    string `json:"page"`
	Visitor string `json:"visitor"`
}

type mail struct {
	To      string `json:"to"`
	Subject string `json:"subject"`
}

// Analytics and Email: requests that move no money, a new id per attempt
// is harmless.
func (c *Client) Analytics(ctx context.Context, page, visitor string) (*http.Response, error) {
	return c.do(ctx, func() (*http.Request, error) {
		req, err := c.newRequest(ctx, http.MethodPost, "/v1/events", pageView{page, visitor})
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", uuid.NewString())
		return req, nil
	})
}

func (c *Client) Email(ctx context.Context, to string) (*http.Response, error) {
	return c.do(ctx, func() (*http.Request, error) {
		req, err := c.newRequest(ctx, http.MethodPost, "/v3/mail/send", mail{to, "Your receipt"})
		if err != nil {
			return nil, err
		}
		req.Header.Set("X-Message-Id", uuid.NewString())
		return req, nil
	})
}
