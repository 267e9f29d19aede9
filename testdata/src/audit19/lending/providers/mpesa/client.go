// Package mpesa is a small client for Safaricom Daraja B2C payouts.
package mpesa

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/google/uuid"
)

// TempError is a failure worth trying again (network, 429, 5xx).
type TempError struct{ Err error }

func (e *TempError) Error() string { return "mpesa: temporary: " + e.Err.Error() }
func (e *TempError) Unwrap() error { return e.Err }

// Config holds the Daraja credentials.
type Config struct {
	BaseURL            string
	ConsumerKey        string
	ConsumerSecret     string
	InitiatorName      string
	SecurityCredential string
	Shortcode          string
	ResultURL          string
	TimeoutURL         string
}

// Client talks to Daraja.
type Client struct {
	cfg         Config
	http        *http.Client
	maxAttempts int

	mu      sync.Mutex
	token   string
	expires time.Time
}

// Option configures a Client.
type Option func(*Client)

// WithAttempts sets how many times a payout request is sent.
func WithAttempts(n int) Option { return func(c *Client) { c.maxAttempts = n } }

// WithHTTPClient replaces the default HTTP client.
func WithHTTPClient(h *http.Client) Option { return func(c *Client) { c.http = h } }

// New returns a Daraja client.
func New(cfg Config, opts ...Option) *Client {
	c := &Client{cfg: cfg, http: &http.Client{Timeout: 30 * time.Second}, maxAttempts: 3}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Payout is money sent to a phone number.
type Payout struct {
	DisbursementID string
	Msisdn         string
	Amount         int64
	Remarks        string
}

// B2CAck is Daraja's synchronous acknowledgement.
type B2CAck struct {
	ConversationID           string `json:"ConversationID"`
	OriginatorConversationID string `json:"OriginatorConversationID"`
	ResponseCode             string `json:"ResponseCode"`
	ResponseDescription      string `json:"ResponseDescription"`
}

type b2cRequest struct {
	OriginatorConversationID string `json:"OriginatorConversationID"`
	InitiatorName            string `json:"InitiatorName"`
	SecurityCredential       string `json:"SecurityCredential"`
	CommandID                string `json:"CommandID"`
	Amount                   int64  `json:"Amount"`
	PartyA                   string `json:"PartyA"`
	PartyB                   string `json:"PartyB"`
	Remarks                  string `json:"Remarks"`
	QueueTimeOutURL          string `json:"QueueTimeOutURL"`
	ResultURL                string `json:"ResultURL"`
	Occasion                 string `json:"Occasion"`
}

func (c *Client) newB2CRequest(p Payout) b2cRequest {
	return b2cRequest{
		OriginatorConversationID: uuid.NewString(),
		InitiatorName:            c.cfg.InitiatorName,
		SecurityCredential:       c.cfg.SecurityCredential,
		CommandID:                "BusinessPayment",
		Amount:                   p.Amount,
		PartyA:                   c.cfg.Shortcode,
		PartyB:                   p.Msisdn,
		Remarks:                  p.Remarks,
		QueueTimeOutURL:          c.cfg.TimeoutURL,
		ResultURL:                c.cfg.ResultURL,
		Occasion:                 p.DisbursementID,
	}
}

// SendB2C disburses a loan to the borrower's M-Pesa wallet.
func (c *Client) SendB2C(ctx context.Context, p Payout) (*B2CAck, error) {
	var lastErr error
	for attempt := 0; attempt < c.maxAttempts; attempt++ {
		if attempt > 0 {
			time.Sleep(time.Duration(attempt) * 2 * time.Second)
		}
		var ack B2CAck
		err := c.post(ctx, "/mpesa/b2c/v3/paymentrequest", c.newB2CRequest(p), &ack) // want `\[idempotency\] POST /mpesa/b2c/v3/paymentrequest is retried by a for loop \(line 113\) but newB2CRequest makes a new idempotency key on every call`
		if err == nil {
			return &ack, nil
		}
		var te *TempError
		if !errors.As(err, &te) {
			return nil, err
		}
		lastErr = err
	}
	return nil, lastErr
}

func (c *Client) accessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Now().Before(c.expires) {
		return c.token, nil
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.cfg.BaseURL+"/oauth/v1/generate?grant_type=client_credentials", nil)
	req.SetBasicAuth(c.cfg.ConsumerKey, c.cfg.ConsumerSecret)
	resp, err := c.http.Do(req)
	if err != nil {
		return "", &TempError{err}
	}
	defer resp.Body.Close()
	var tok struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   string `json:"expires_in"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&tok); err != nil {
		return "", err
	}
	c.token, c.expires = tok.AccessToken, time.Now().Add(50*time.Minute)
	return c.token, nil
}

func (c *Client) post(ctx context.Context, path string, in, out any) error {
	tok, err := c.accessToken(ctx)
	if err != nil {
		return err
	}
	buf, _ := json.Marshal(in)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.cfg.BaseURL+path, bytes.NewReader(buf))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return &TempError{err}
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
		return &TempError{fmt.Errorf("status %d", resp.StatusCode)}
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("mpesa: %s: status %d", path, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// Result is the body Daraja posts to the ResultURL.
type Result struct {
	Result struct {
		ResultType               int    `json:"ResultType"`
		ResultCode               int    `json:"ResultCode"`
		ResultDesc               string `json:"ResultDesc"`
		OriginatorConversationID string `json:"OriginatorConversationID"`
		ConversationID           string `json:"ConversationID"`
		TransactionID            string `json:"TransactionID"`
		ReferenceData            struct {
			ReferenceItem struct {
				Key   string `json:"Key"`
				Value string `json:"Value"`
			} `json:"ReferenceItem"`
		} `json:"ReferenceData"`
	} `json:"Result"`
}
