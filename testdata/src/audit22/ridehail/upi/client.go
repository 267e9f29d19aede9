// Package upi is a client for our UPI PSP's collect API (India): we send a
// collect request to the rider's VPA, the rider approves it in their UPI
// app, and we read the request's status until it is final.
package upi

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"audit22/ridehail/platform"
)

// Collect statuses as the PSP reports them.
const (
	StatusPending  = "PENDING"
	StatusSuccess  = "SUCCESS"
	StatusFailure  = "FAILURE"
	StatusExpired  = "EXPIRED"
	StatusRejected = "REJECTED"
)

// Client talks to the PSP.
type Client struct {
	base     string
	merchant string
	key      []byte
	hc       *http.Client
	every    time.Duration
}

// New builds a client.
func New(base, merchant, key string) *Client {
	return &Client{base: base, merchant: merchant, key: []byte(key), hc: &http.Client{Timeout: 15 * time.Second}, every: 3 * time.Second}
}

// CollectRequest asks the rider's VPA for money.
type CollectRequest struct {
	MerchantID  string `json:"merchantId"`
	TxnRef      string `json:"merchantTxnRef"`
	PayerVPA    string `json:"payerVpa"`
	Amount      string `json:"amount"`
	Currency    string `json:"currency"`
	Remarks     string `json:"remarks"`
	ExpiryMins  int    `json:"expiryMinutes"`
	CallbackURL string `json:"callbackUrl"`
}

// Collect is the PSP's view of one collect request.
type Collect struct {
	TxnRef string `json:"merchantTxnRef"`
	PSPRef string `json:"pspRef"`
	Status string `json:"status"`
	RRN    string `json:"rrn"`
}

// Final reports whether the collect will not change any more.
func (c Collect) Final() bool {
	switch c.Status {
	case StatusSuccess, StatusFailure, StatusExpired, StatusRejected:
		return true
	}
	return false
}

func (c *Client) sign(body []byte) string {
	m := hmac.New(sha256.New, c.key)
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body []byte
	if in != nil {
		var err error
		if body, err = json.Marshal(in); err != nil {
			return err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Merchant-Id", c.merchant)
	req.Header.Set("X-Signature", c.sign(body))
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode/100 != 2 {
		return &platform.HTTPError{Status: resp.StatusCode, Body: string(raw)}
	}
	return json.Unmarshal(raw, out)
}

// SendCollect creates a collect request. The PSP refuses a second request
// with the same merchantTxnRef.
func (c *Client) SendCollect(ctx context.Context, txnRef, vpa string, amount float64, callback string) (*Collect, error) {
	var out Collect
	err := c.do(ctx, http.MethodPost, "/v2/collect", CollectRequest{
		MerchantID:  c.merchant,
		TxnRef:      txnRef,
		PayerVPA:    vpa,
		Amount:      fmt.Sprintf("%.2f", amount),
		Currency:    "INR",
		Remarks:     "Ridehail trip",
		ExpiryMins:  5,
		CallbackURL: callback,
	}, &out)
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// Status reads a collect request by our reference, retrying only answers
// that may change (network errors, 429, 5xx).
func (c *Client) Status(ctx context.Context, txnRef string) (*Collect, error) {
	return platform.DoValue(ctx, platform.DefaultPolicy, func() (*Collect, error) {
		var out Collect
		if err := c.do(ctx, http.MethodGet, "/v2/collect/"+txnRef, nil, &out); err != nil {
			return nil, platform.Classify(err) // audit: lookalike retrystatus: 4xx answers are made backoff.Permanent by platform.Classify; only 429/5xx and network errors are retried
		}
		return &out, nil
	})
}

// Await reads the collect until it is final or the wait runs out; it
// answers the last status seen, PENDING when the rider has not acted yet.
func (c *Client) Await(ctx context.Context, txnRef string, max time.Duration) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, max)
	defer cancel()
	for { // audit: lookalike pollbound: bounded by the context deadline and leaves on every final status (Collect.Final)
		col, err := c.Status(ctx, txnRef)
		if err != nil {
			if ctx.Err() != nil {
				return StatusPending, nil
			}
			return "", err
		}
		if col.Final() {
			return col.Status, nil
		}
		select {
		case <-ctx.Done():
			return StatusPending, nil
		case <-time.After(c.every):
		}
	}
}

// WaitApproved is used by the in-car terminal flow: the driver's app
// shows a spinner until the rider approves.
func (c *Client) WaitApproved(ctx context.Context, txnRef string) error {
	for i := 0; i < 100; i++ { // want "\\[pollbound\\] loop polling payment txnRef stops only when the payment succeeds \\(line 171\\):"
		col, err := c.Status(ctx, txnRef)
		if err != nil {
			return err
		}
		if col.Status == StatusSuccess {
			return nil
		}
		time.Sleep(c.every)
	}
	return fmt.Errorf("collect %s not approved", txnRef)
}

// CollectStatus answers only the status word of a collect.
func (c *Client) CollectStatus(ctx context.Context, txnRef string) (string, error) {
	col, err := c.Status(ctx, txnRef)
	if err != nil {
		return "", err
	}
	return col.Status, nil
}
