// Package instantpay is a client for the national central bank's
// instant-payment system (IPS): request-to-pay charges that the citizen
// approves in their banking app, returns of charges and credit transfers.
package instantpay

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/go-resty/resty/v2"
)

// Charge states reported by the IPS.
const (
	StatusPending  = "PENDING"
	StatusSettled  = "SETTLED"
	StatusRejected = "REJECTED"
	StatusExpired  = "EXPIRED"
)

// Client talks to the IPS gateway as a participant.
type Client struct {
	base        string
	participant string
	token       string
	hc          *http.Client
	rc          *resty.Client
}

// Option configures a Client.
type Option func(*Client)

func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }

func New(base, participant, token string, opts ...Option) *Client {
	c := &Client{base: base, participant: participant, token: token, hc: &http.Client{Timeout: 15 * time.Second}}
	for _, o := range opts {
		o(c)
	}
	c.rc = resty.NewWithClient(c.hc).SetBaseURL(base).SetAuthToken(token).
		SetHeader("X-Participant", participant)
	return c
}

// ChargeRequest asks a debtor's bank for money. EndToEndID identifies
// the instruction across both banks; the IPS keeps the first charge
// made for an id and answers it again for a repeat.
type ChargeRequest struct {
	EndToEndID  string `json:"-"`
	DebtorAlias string `json:"debtor_alias"`
	AmountCents int64  `json:"amount"`
	Remittance  string `json:"remittance_info"`
	ExpiresIn   int    `json:"expires_in_seconds"`
}

// Charge is the IPS view of a charge.
type Charge struct {
	ID          string `json:"id"`
	EndToEndID  string `json:"end_to_end_id"`
	Status      string `json:"status"`
	AmountCents int64  `json:"amount"`
}

// APIError is a non-2xx answer of the gateway.
type APIError struct {
	Status int
	Body   string
}

func (e *APIError) Error() string { return fmt.Sprintf("ips: %d: %s", e.Status, e.Body) }

// Temporary reports whether the gateway may answer differently later.
func (e *APIError) Temporary() bool { return e.Status == 429 || e.Status >= 500 }

func (c *Client) newRequest(ctx context.Context, method, path string, body []byte) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("X-Participant", c.participant)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

// CreateCharge sends a request-to-pay.
func (c *Client) CreateCharge(ctx context.Context, cr ChargeRequest) (*Charge, error) {
	body, err := json.Marshal(cr)
	if err != nil {
		return nil, err
	}
	wait := time.Second
	var last error
	for attempt := 1; attempt <= 3; attempt++ {
		req, err := c.newRequest(ctx, http.MethodPost, "/ips/v2/charges", body)
		if err != nil {
			return nil, err
		}
		req.Header.Set("X-End-To-End-Id", cr.EndToEndID)
		resp, err := c.hc.Do(req)
		if err == nil {
			if resp.StatusCode == http.StatusCreated || resp.StatusCode == http.StatusOK { // want "\\[retrystatus\\] POST /ips/v2/charges is retried by a for loop .*every non-2xx status is retried"
				return decodeCharge(resp)
			}
			resp.Body.Close()
			last = &APIError{Status: resp.StatusCode, Body: resp.Status}
		} else {
			last = err
		}
		time.Sleep(wait)
		wait *= 2
	}
	return nil, last
}

func decodeCharge(resp *http.Response) (*Charge, error) {
	defer resp.Body.Close()
	var ch Charge
	if err := json.NewDecoder(resp.Body).Decode(&ch); err != nil {
		return nil, err
	}
	return &ch, nil
}

// ChargeStatus reads a charge.
func (c *Client) ChargeStatus(ctx context.Context, id string) (*Charge, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/ips/v2/charges/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, &APIError{Status: resp.StatusCode, Body: resp.Status}
	}
	return decodeCharge(resp)
}

// ReturnCharge sends part of a settled charge back to the debtor.
func (c *Client) ReturnCharge(ctx context.Context, chargeID string, cents int64, endToEndID string) error {
	op := func() error {
		resp, err := c.rc.R().SetContext(ctx).
			SetHeader("X-End-To-End-Id", endToEndID).
			SetBody(map[string]any{"amount": cents}).
			Post("/ips/v2/charges/" + chargeID + "/returns")
		if err != nil {
			return err
		}
		if resp.IsError() { // want "\\[retrystatus\\] POST /ips/v2/charges/{}/returns is retried by backoff.Retry"
			return &APIError{Status: resp.StatusCode(), Body: resp.String()}
		}
		return nil
	}
	return backoff.Retry(op, backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 3), ctx))
}

// CreditTransfer pays money out to an IBAN.
type CreditTransfer struct {
	EndToEndID  string `json:"-"`
	IBAN        string `json:"creditor_iban"`
	AmountCents int64  `json:"amount"`
	Remittance  string `json:"remittance_info"`
}

// Credit sends a credit transfer.
func (c *Client) Credit(ctx context.Context, t CreditTransfer) error {
	resp, err := c.rc.R().SetContext(ctx).
		SetHeader("X-End-To-End-Id", t.EndToEndID).
		SetBody(t).
		Post("/ips/v2/credit-transfers")
	if err != nil {
		return err
	}
	if resp.IsError() {
		return &APIError{Status: resp.StatusCode(), Body: resp.String()}
	}
	return nil
}

// NewEndToEndID makes an end-to-end id in the scheme's format: a prefix,
// the UTC timestamp and 16 random hex digits.
func NewEndToEndID(prefix string) string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return prefix + time.Now().UTC().Format("20060102150405") + hex.EncodeToString(b)
}
