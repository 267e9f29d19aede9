// Package payouts sends vendor payouts over a payment API's REST
// endpoint through a retrier held in a struct field the constructor sets
// to the package's own backoffRetry. A call through the field retries:
// an Idempotency-Key read from the clock inside the attempt is new on
// every attempt (reported). The same retrier around a notification POST
// (no payment), and a field the caller may fill with a retrier of its
// own, stay silent.
package payouts

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Client struct {
	http   *http.Client
	base   string
	again  func(attempts int, op func() error) error
	notify func(attempts int, op func() error) error
}

func New(base string) *Client {
	return &Client{http: &http.Client{Timeout: 10 * time.Second}, base: base, again: backoffRetry, notify: backoffRetry}
}

func backoffRetry(attempts int, op func() error) error {
	var err error
	for i := 0; i < attempts; i++ {
		if err = op(); err == nil {
			return nil
		}
		time.Sleep(time.Duration(1<<i) * 2 * time.Second)
	}
	return err
}

type payout struct {
	Vendor string `json:"vendor_id"`
	Amount int64  `json:"amount"`
}

// Reported: the Idempotency-Key is the clock at the attempt.
func (c *Client) Payout(ctx context.Context, vendor string, cents int64) error {
	return c.again(4, func() error {
		body, _ := json.Marshal(payout{Vendor: vendor, Amount: cents})
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/payouts", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", vendor+"-"+time.Now().Format(time.RFC3339Nano))
		resp, err := c.http.Do(req) // want `POST /v1/payouts is retried by backoffRetry through c.again \(line 48\) with an idempotency key made anew on every attempt \(time.Now\(\), line 54\)`
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 500 {
			return fmt.Errorf("payouts: %d", resp.StatusCode)
		}
		return nil
	})
}

// Look-alike: the same retrier around a notification to the vendor, no
// payment.
func (c *Client) Notify(ctx context.Context, vendor, text string) error {
	return c.notify(3, func() error {
		body, _ := json.Marshal(map[string]string{"vendor_id": vendor, "text": text})
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/notifications", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", vendor+"-"+time.Now().Format(time.RFC3339Nano))
		resp, err := c.http.Do(req)
		if err != nil {
			return err
		}
		return resp.Body.Close()
	})
}

// Swappable takes the caller's retrier when one is given: what runs the
// operation is out of sight.
type Swappable struct {
	http  *http.Client
	retry func(attempts int, op func() error) error
}

func NewSwappable(retry func(int, func() error) error) *Swappable {
	s := &Swappable{http: http.DefaultClient, retry: backoffRetry}
	if retry != nil {
		s.retry = retry
	}
	return s
}

// Look-alike: the field may hold the caller's retrier.
func (s *Swappable) Payout(ctx context.Context, vendor string, cents int64) error {
	return s.retry(4, func() error {
		body, _ := json.Marshal(payout{Vendor: vendor, Amount: cents})
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.vendorpay.example/v1/payouts", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", vendor+"-"+time.Now().Format(time.RFC3339Nano))
		resp, err := s.http.Do(req)
		if err != nil {
			return err
		}
		return resp.Body.Close()
	})
}
