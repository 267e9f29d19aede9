// Package probe: senders handed a function that builds what they send.
// Those that call it inside what a retry repeats, and send its result
// there, rebuild per attempt; those that build once, or do not retry, do
// not.
package probe

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
)

type Client struct {
	base string
	hc   *http.Client
}

// loop: built and sent on every pass of the loop that goes round on 5xx.
func (c *Client) loop(build func() (*http.Request, error)) (*http.Response, error) { // want `rebuilds from parameter 0 per attempt`
	for i := 0; i < 3; i++ {
		req, err := build()
		if err != nil {
			return nil, err
		}
		resp, err := c.hc.Do(req)
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		time.Sleep(time.Second)
	}
	return nil, errors.New("gave up")
}

// body: the builder makes the body, posted on every attempt.
func (c *Client) body(path string, build func() ([]byte, error)) (*http.Response, error) { // want `rebuilds from parameter 1 per attempt`
	var last error
	for i := 0; i < 3; i++ {
		raw, err := build()
		if err != nil {
			return nil, err
		}
		resp, err := c.hc.Post(c.base+path, "application/json", bytes.NewReader(raw))
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		last = err
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return nil, last
}

// library: built inside the operation handed to backoff.Retry.
func (c *Client) library(ctx context.Context, build func(context.Context) (*http.Request, error)) (*http.Response, error) { // want `rebuilds from parameter 1 per attempt`
	var resp *http.Response
	err := backoff.Retry(func() error {
		req, err := build(ctx)
		if err != nil {
			return backoff.Permanent(err)
		}
		resp, err = c.hc.Do(req)
		return err
	}, backoff.NewExponentialBackOff())
	return resp, err
}

// builtOnce: one request, its send retried.
func (c *Client) builtOnce(build func() (*http.Request, error)) (*http.Response, error) {
	req, err := build()
	if err != nil {
		return nil, err
	}
	for i := 0; i < 3; i++ {
		resp, err := c.hc.Do(req)
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		time.Sleep(time.Second)
	}
	return nil, errors.New("gave up")
}

// once: nothing repeats.
func (c *Client) once(build func() (*http.Request, error)) (*http.Response, error) {
	req, err := build()
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req)
}

// each: one request per item of a batch, not a retry of any of them.
func (c *Client) each(builds []string, build func(string) (*http.Request, error)) error {
	for _, id := range builds {
		req, err := build(id)
		if err != nil {
			return err
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
	}
	return nil
}
