// Package helpercounter: an in-house retry helper calls the operation it
// is handed once per attempt, so a variable the operation captures and
// increments at its top counts the attempts: a key made from it is new on
// every attempt. A helper handed an operation whose key is the charge's
// id, counting attempts only for a log, stays silent.
package helpercounter

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"net/http"
	"time"
)

// withRetry runs op until it succeeds, at most n times, waiting between
// attempts.
func withRetry(n int, op func() error) error {
	var err error
	for i := 0; i < n; i++ {
		if err = op(); err == nil {
			return nil
		}
		time.Sleep(time.Duration(i+1) * 500 * time.Millisecond)
	}
	return err
}

type Charges struct {
	url string
	hc  *http.Client
}

// Charge: n = n + 1 per attempt, and the key carries it.
func (c *Charges) Charge(ctx context.Context, chargeID string, body []byte) error {
	n := 0
	return withRetry(3, func() error {
		n = n + 1
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url+"/v1/charges", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", fmt.Sprintf("%s:%d", chargeID, n))
		resp, err := c.hc.Do(req) // want `POST /v1/charges is retried by withRetry \(line 38\) with an idempotency key made from the attempt counter n`
		if err != nil {
			return err
		}
		return resp.Body.Close()
	})
}

// ChargeLogged (silent): the count goes to the log, the key is the id.
func (c *Charges) ChargeLogged(ctx context.Context, chargeID string, body []byte) error {
	n := 0
	return withRetry(3, func() error {
		n++
		log.Printf("charge %s: attempt %d", chargeID, n)
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url+"/v1/charges", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", "ch-"+chargeID)
		resp, err := c.hc.Do(req)
		if err != nil {
			return err
		}
		return resp.Body.Close()
	})
}
