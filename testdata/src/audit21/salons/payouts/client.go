// Package payouts is the client of the disbursement rail that pays stylist
// commissions to bank accounts (SPEI CLABE in Mexico, PIX keys in Brazil,
// CBU/CVU in Argentina).
package payouts

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/google/uuid"

	"audit21/salons/platform"
)

// Transfer statuses reported by the rail.
const (
	StatusQueued     = "queued"
	StatusProcessing = "processing"
	StatusPaid       = "paid"
	StatusFailed     = "failed"
	StatusReturned   = "returned"
)

// Transfer is one disbursement.
type Transfer struct {
	Key         string `json:"-"`
	Reference   string `json:"reference"`
	Country     string `json:"country"`
	Account     string `json:"beneficiary_account"`
	Beneficiary string `json:"beneficiary_name"`
	AmountCents int64  `json:"amount"`
	Currency    string `json:"currency"`
	Concept     string `json:"concept"`
}

// Result is the rail's view of a transfer.
type Result struct {
	ID        string `json:"id"`
	Reference string `json:"reference"`
	Status    string `json:"status"`
	Reason    string `json:"failure_reason,omitempty"`
}

// Client is the rail's REST client.
type Client struct {
	base string
	key  string
	hc   *http.Client
}

func New(base, apiKey string) *Client {
	return &Client{base: base, key: apiKey, hc: &http.Client{Timeout: 20 * time.Second}}
}

// Send posts a transfer. A 4xx is final (bad account, insufficient funds in
// the float account); anything else may be retried by the caller.
func (c *Client) Send(ctx context.Context, t Transfer) (*Result, error) {
	req, err := c.newTransferRequest(ctx, t)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	switch {
	case resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests:
		return nil, fmt.Errorf("payouts: %s: %s", resp.Status, data)
	case resp.StatusCode >= 400:
		return nil, platform.Permanent(fmt.Errorf("payouts: rejected %s: %s", resp.Status, data)) // audit: lookalike retrystatus: 4xx answers are marked permanent, so platform.Retry only sends 5xx, 429 and network errors round
	}
	var out Result
	return &out, json.Unmarshal(data, &out)
}

func (c *Client) newTransferRequest(ctx context.Context, t Transfer) (*http.Request, error) {
	body, err := json.Marshal(t)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/transfers", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	key := t.Key
	if key == "" {
		key = uuid.NewString()
	}
	req.Header.Set("Idempotency-Key", key)
	req.Header.Set("Authorization", "Bearer "+c.key)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

// Status reads a transfer. Throttling and 5xx are retried a couple of times
// here so callers see a clean answer.
func (c *Client) Status(ctx context.Context, id string) (*Result, error) {
	wait := 500 * time.Millisecond
	for attempt := 0; ; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/transfers/"+id, nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Authorization", "Bearer "+c.key)
		resp, err := c.hc.Do(req)
		if err != nil {
			return nil, err
		}
		data, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500) && attempt < 2 { // audit: lookalike retrystatus: only 429 and 5xx are read again, twice, with a doubling wait; any other answer is returned
			time.Sleep(wait)
			wait *= 2
			continue
		}
		if resp.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("payouts: status %s: %s", id, resp.Status)
		}
		var out Result
		return &out, json.Unmarshal(data, &out)
	}
}

// ErrBadSignature is returned by VerifyCallback.
var ErrBadSignature = errors.New("payouts: bad callback signature")

// VerifyCallback checks the X-Dispersa-Signature header of a callback.
func VerifyCallback(body []byte, sig, key string) error {
	mac := hmac.New(sha256.New, []byte(key))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(sig)) {
		return ErrBadSignature
	}
	return nil
}

// Callback is the body the rail posts when a transfer settles.
type Callback struct {
	TransferID string `json:"transfer_id"`
	Reference  string `json:"reference"`
	Status     string `json:"status"`
	Reason     string `json:"failure_reason"`
}
