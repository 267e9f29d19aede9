package cryptopay

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// Coinbase Commerce charge states (last entry of the charge timeline).
const (
	ChargeNew       = "NEW"
	ChargePending   = "PENDING"
	ChargeCompleted = "COMPLETED"
	ChargeExpired   = "EXPIRED"
	ChargeCanceled  = "CANCELED"
)

// Charge is a Coinbase Commerce charge.
type Charge struct {
	ID        string `json:"id"`
	Code      string `json:"code"`
	HostedURL string `json:"hosted_url"`
	Timeline  []struct {
		Status string    `json:"status"`
		Time   time.Time `json:"time"`
	} `json:"timeline"`
	Metadata map[string]string `json:"metadata"`
}

// Status is the charge's latest timeline status.
func (c *Charge) Status() string {
	if len(c.Timeline) == 0 {
		return ChargeNew
	}
	return c.Timeline[len(c.Timeline)-1].Status
}

// Coinbase is a minimal Coinbase Commerce REST client.
type Coinbase struct {
	base   string
	apiKey string
	hc     *http.Client
}

// CoinbaseOption configures the client.
type CoinbaseOption func(*Coinbase)

// WithHTTPClient replaces the default HTTP client.
func WithHTTPClient(hc *http.Client) CoinbaseOption { return func(c *Coinbase) { c.hc = hc } }

// NewCoinbase returns a Coinbase Commerce client.
func NewCoinbase(apiKey string, opts ...CoinbaseOption) *Coinbase {
	c := &Coinbase{base: "https://api.commerce.coinbase.com", apiKey: apiKey, hc: &http.Client{Timeout: 15 * time.Second}}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *Coinbase) newRequest(ctx context.Context, method, path string, body []byte) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-CC-Api-Key", c.apiKey)
	req.Header.Set("X-CC-Version", "2018-03-22")
	req.Header.Set("Content-Type", "application/json")
	if method == http.MethodPost {
		req.Header.Set("Idempotency-Key", uuid.NewString())
	}
	return req, nil
}

// CreateCharge opens a fixed-price charge for an order.
func (c *Coinbase) CreateCharge(ctx context.Context, orderID string, amountCents int64, currency string) (*Charge, error) {
	body, _ := json.Marshal(map[string]any{
		"name":         "Printshop order " + orderID,
		"pricing_type": "fixed_price",
		"local_price":  map[string]string{"amount": fmt.Sprintf("%d.%02d", amountCents/100, amountCents%100), "currency": currency},
		"metadata":     map[string]string{"order_id": orderID},
	})
	wait := time.Second
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		req, err := c.newRequest(ctx, http.MethodPost, "/charges", body)
		if err != nil {
			return nil, err
		}
		resp, err := c.hc.Do(req) // want "\\[idempotency\\] POST /charges is retried by a for loop \\(line 90\\) but newRequest makes a new idempotency key on every call"
		if err == nil {
			if resp.StatusCode == http.StatusCreated { // want "\\[retrystatus\\] POST /charges is retried by a for loop \\(line 90\\): every non-2xx status is retried"
				defer resp.Body.Close()
				var out struct {
					Data Charge `json:"data"`
				}
				if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
					return nil, err
				}
				return &out.Data, nil
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			lastErr = fmt.Errorf("coinbase: create charge: %d %s", resp.StatusCode, b)
		} else {
			lastErr = err
		}
		time.Sleep(wait)
		wait *= 2
	}
	return nil, lastErr
}

// GetCharge reads a charge, retrying rate limits and outages.
func (c *Coinbase) GetCharge(ctx context.Context, id string) (*Charge, error) {
	wait := 2 * time.Second
	for attempt := 0; ; attempt++ {
		req, err := c.newRequest(ctx, http.MethodGet, "/charges/"+id, nil)
		if err != nil {
			return nil, err
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			return nil, err
		}
		if (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500) && attempt < 3 {
			resp.Body.Close()
			time.Sleep(wait)
			wait *= 2
			continue
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("coinbase: get charge %s: %d", id, resp.StatusCode)
		}
		var out struct {
			Data Charge `json:"data"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			return nil, err
		}
		return &out.Data, nil
	}
}

// WaitForCharge blocks until the charge is completed.
func (c *Coinbase) WaitForCharge(ctx context.Context, id string) (*Charge, error) {
	for { // want "\\[pollbound\\] loop polling payment id stops only when the payment succeeds \\(line 160\\): a payment that ends FAILED, expired or canceled keeps it polling and it has no bound"
		ch, err := c.GetCharge(ctx, id)
		if err != nil {
			time.Sleep(10 * time.Second)
			continue
		}
		if ch.Status() == ChargeCompleted {
			return ch, nil
		}
		time.Sleep(5 * time.Second)
	}
}

// AwaitCharge polls a charge until it is final or until timeout. It returns
// (charge, false, nil) when the charge is still open at the deadline.
func (c *Coinbase) AwaitCharge(ctx context.Context, id string, timeout time.Duration) (*Charge, bool, error) {
	deadline := time.Now().Add(timeout)
	wait := 3 * time.Second
	for time.Now().Before(deadline) {
		ch, err := c.GetCharge(ctx, id)
		if err != nil {
			return nil, false, err
		}
		switch ch.Status() {
		case ChargeCompleted:
			return ch, true, nil
		case ChargeExpired, ChargeCanceled:
			return ch, false, fmt.Errorf("coinbase: charge %s %s", id, ch.Status())
		}
		select {
		case <-ctx.Done():
			return nil, false, ctx.Err()
		case <-time.After(wait):
		}
		if wait < 30*time.Second {
			wait *= 2
		}
	}
	return nil, false, nil
}
