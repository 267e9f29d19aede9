// Package nethttp: payment writes with net/http retried by hand-written
// loops (Tally: "Never retry a write without an idempotency_key").
package nethttp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

const base = "https://api.tally.example/v1"

type Order struct {
	ID        string
	Amount    int64
	RequestID string
}

// --- flagged ---

func retryChargeNoKey(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/payments", bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := c.Do(req) // want `POST /v1/payments is retried by a for loop \(line 29\) without an idempotency key: a retry after a lost response can charge twice; set an Idempotency-Key made once before retrying`
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		lastErr = err
		time.Sleep(time.Second << attempt)
	}
	return nil, lastErr
}

func retryPostUntilOK(body []byte) error {
	for {
		resp, err := http.Post(base+"/charges", "application/json", bytes.NewReader(body)) // want `POST /v1/charges is retried by a for loop \(line 46\) without an idempotency key`
		if err != nil {
			time.Sleep(2 * time.Second)
			continue
		}
		resp.Body.Close()
		return nil
	}
}

func retryFreshKeyEachAttempt(ctx context.Context, c *http.Client, body []byte) error {
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, "POST", base+"/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", uuid.NewString())
		resp, err := c.Do(req) // want `POST /v1/payments is retried by a for loop \(line 58\) with an idempotency key made anew on every attempt \(uuid.NewString\(\), line 60\)`
		if err != nil {
			continue
		}
		resp.Body.Close()
		return nil
	}
	return errors.New("payment failed after 3 attempts")
}

func retryKeyFromAttempt(ctx context.Context, c *http.Client, o Order, body []byte) error {
	for attempt := 1; attempt <= 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, "POST", base+"/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", fmt.Sprintf("%s-%d", o.ID, attempt))
		resp, err := c.Do(req) // want `POST /v1/payments is retried by a for loop \(line 72\) with an idempotency key made from the attempt counter attempt`
		if err == nil && resp.StatusCode == http.StatusOK {
			return nil
		}
	}
	return errors.New("gave up")
}

func retryInClosure(c *http.Client, body []byte) error {
	for i := 0; i < 3; i++ {
		err := func() error {
			resp, err := c.Post(base+"/charges", "application/json", bytes.NewReader(body)) // want `POST /v1/charges is retried by a for loop \(line 84\) without an idempotency key`
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			if resp.StatusCode >= 500 {
				return errors.New("provider unavailable")
			}
			return nil
		}()
		if err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("gave up")
}

type exiromPayment struct {
	Amount    int64  `json:"amount"`
	RequestID string `json:"requestId"`
}

// Exirom: "Using a new requestId on retry -> Customer charged multiple times".
func retryNewRequestID(c *http.Client, o Order) error {
	for attempt := 0; attempt < 3; attempt++ {
		b, _ := json.Marshal(exiromPayment{Amount: o.Amount, RequestID: uuid.NewString()})
		resp, err := c.Post(base+"/payments/card", "application/json", bytes.NewReader(b)) // want `POST /v1/payments/card is retried by a for loop \(line 111\) with an idempotency key made anew on every attempt`
		if err == nil && resp.StatusCode < 500 {
			return nil
		}
	}
	return errors.New("gave up")
}

// --- silent look-alikes ---

func stableKeyBeforeLoop(ctx context.Context, c *http.Client, body []byte) error {
	key := uuid.NewString()
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, "POST", base+"/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.Do(req)
		if err != nil {
			continue
		}
		resp.Body.Close()
		return nil
	}
	return errors.New("gave up")
}

func keyFromOrderBeforeLoop(ctx context.Context, c *http.Client, o Order, body []byte) error {
	key := "pay-" + o.ID
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, "POST", base+"/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		if resp, err := c.Do(req); err == nil {
			resp.Body.Close()
			return nil
		}
	}
	return errors.New("gave up")
}

func stableKeyInsideLoop(ctx context.Context, c *http.Client, orderID string, body []byte) error {
	for i := 0; i < 3; i++ {
		key := "pi-" + orderID
		req, _ := http.NewRequestWithContext(ctx, "POST", base+"/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		if resp, err := c.Do(req); err == nil {
			resp.Body.Close()
			return nil
		}
	}
	return errors.New("gave up")
}

func sameRequestResent(ctx context.Context, c *http.Client, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, "POST", base+"/payments", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", uuid.NewString())
	for i := 0; i < 3; i++ {
		resp, err := c.Do(req)
		if err != nil {
			continue
		}
		resp.Body.Close()
		return nil
	}
	return errors.New("gave up")
}

func retriedRead(ctx context.Context, c *http.Client, id string) (*http.Response, error) {
	for i := 0; i < 5; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/payments/"+id, nil)
		resp, err := c.Do(req)
		if err == nil {
			return resp, nil
		}
		time.Sleep(2 * time.Second)
	}
	return nil, errors.New("gave up")
}

func retriedSupportTicket(c *http.Client, body []byte) error {
	for i := 0; i < 3; i++ {
		resp, err := c.Post(base+"/support/tickets", "application/json", bytes.NewReader(body))
		if err == nil {
			resp.Body.Close()
			return nil
		}
	}
	return errors.New("gave up")
}

func retriedAnalytics(c *http.Client, body []byte) {
	for i := 0; i < 3; i++ {
		if _, err := c.Post("https://analytics.example/v1/events", "application/json", bytes.NewReader(body)); err == nil {
			return
		}
	}
}

func singleWriteFreshKey(ctx context.Context, c *http.Client, body []byte) error {
	req, _ := http.NewRequestWithContext(ctx, "POST", base+"/payments", bytes.NewReader(body))
	req.Header.Set("Idempotency-Key", uuid.NewString())
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func eachOrderOnce(c *http.Client, orders []Order) error {
	for _, o := range orders {
		b, _ := json.Marshal(o)
		resp, err := c.Post(base+"/payments", "application/json", bytes.NewReader(b))
		if err != nil {
			continue // next order, not a retry
		}
		resp.Body.Close()
	}
	return nil
}

func stableRequestIDInBody(c *http.Client, o Order) error {
	b, _ := json.Marshal(exiromPayment{Amount: o.Amount, RequestID: o.RequestID})
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Post(base+"/payments/card", "application/json", bytes.NewReader(b))
		if err == nil && resp.StatusCode < 500 {
			return nil
		}
		time.Sleep(time.Second << attempt)
	}
	return errors.New("gave up")
}

func stableBodyKeyMap(c *http.Client, o Order) error {
	for attempt := 0; attempt < 3; attempt++ {
		b, _ := json.Marshal(map[string]any{"amount": o.Amount, "idempotency_key": "settle-" + o.ID})
		resp, err := c.Post(base+"/settlements", "application/json", bytes.NewReader(b))
		if err == nil && resp.StatusCode < 500 {
			return nil
		}
	}
	return errors.New("gave up")
}

// Suppressed with a reason: the provider deduplicates on the order id in
// the URL.
func suppressed(c *http.Client, o Order, body []byte) error {
	for i := 0; i < 3; i++ {
		//paylint:ignore idempotency provider dedupes on the order id in the path
		resp, err := c.Post(base+"/orders/"+o.ID+"/pay", "application/json", bytes.NewReader(body))
		if err == nil {
			return resp.Body.Close()
		}
	}
	return errors.New("gave up")
}

// A scheduler that charges due invoices every hour: not a retry.
func hourlyCharges(done <-chan struct{}, c *http.Client, body []byte) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		select {
		case <-done:
			return
		case <-t.C:
		}
		resp, err := c.Post(base+"/invoices/pay_due", "application/json", bytes.NewReader(body))
		if err != nil {
			continue
		}
		resp.Body.Close()
	}
}
