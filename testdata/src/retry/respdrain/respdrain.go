// Package respdrain: retry helpers that drain, close and log the last
// answer between attempts. None of that is a wait: a helper that does
// nothing else calls again at once.
package respdrain

import (
	"bytes"
	"io"
	"log"
	"net/http"
	"time"
)

// hammer drains and closes each failed answer, logs it, and calls again.
func hammer(n int, send func() (*http.Response, error)) (*http.Response, error) {
	var res *http.Response
	var err error
	for i := 0; i < n; i++ {
		res, err = send()
		if err == nil && res.StatusCode < 500 {
			return res, nil
		}
		if res != nil {
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
		}
		log.Printf("attempt %d failed", i)
	}
	return res, err
}

// paced waits between attempts.
func paced(n int, send func() (*http.Response, error)) (*http.Response, error) {
	var res *http.Response
	var err error
	for i := 0; i < n; i++ {
		res, err = send()
		if err == nil && res.StatusCode < 500 {
			return res, nil
		}
		if res != nil {
			res.Body.Close()
		}
		time.Sleep(time.Duration(1<<i) * 2 * time.Second)
	}
	return res, err
}

// throttled waits in a call paylint cannot see into: unknown, silent.
func throttled(n int, limiter interface{ Wait() }, send func() (*http.Response, error)) (*http.Response, error) {
	var res *http.Response
	var err error
	for i := 0; i < n; i++ {
		res, err = send()
		if err == nil && res.StatusCode < 500 {
			return res, nil
		}
		if res != nil {
			res.Body.Close()
		}
		limiter.Wait()
	}
	return res, err
}

type limiter struct{}

func (limiter) Wait() {}

func payout(c *http.Client, base, ref string, body []byte) error {
	res, err := hammer(4, func() (*http.Response, error) {
		req, _ := http.NewRequest(http.MethodPost, base+"/v1/payouts", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", ref)
		return c.Do(req) // want `POST /v1/payouts is retried by hammer \(line 71\) with no wait between attempts`
	})
	if err != nil {
		return err
	}
	return res.Body.Close()
}

func payoutPaced(c *http.Client, base, ref string, body []byte) error {
	res, err := paced(4, func() (*http.Response, error) {
		req, _ := http.NewRequest(http.MethodPost, base+"/v1/payouts", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", ref)
		return c.Do(req)
	})
	if err != nil {
		return err
	}
	return res.Body.Close()
}

func payoutThrottled(c *http.Client, base, ref string, body []byte) error {
	res, err := throttled(4, limiter{}, func() (*http.Response, error) {
		req, _ := http.NewRequest(http.MethodPost, base+"/v1/payouts", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", ref)
		return c.Do(req)
	})
	if err != nil {
		return err
	}
	return res.Body.Close()
}
