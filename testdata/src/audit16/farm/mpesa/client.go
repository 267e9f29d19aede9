// Package mpesa is a small client for Safaricom's Daraja API: OAuth tokens,
// Lipa na M-Pesa Online (STK push) and the STK push status query.
package mpesa

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// Client talks to Daraja.
type Client struct {
	base          string
	consumerKey   string
	consumerSec   string
	shortcode     string
	passkey       string
	callbackURL   string
	repromptAfter time.Duration
	hc            *http.Client

	mu       sync.Mutex
	token    string
	tokenExp time.Time
}

// Option configures a Client.
type Option func(*Client)

// WithBaseURL points the client at the sandbox or production host.
func WithBaseURL(u string) Option { return func(c *Client) { c.base = u } }

// WithHTTPClient replaces the default HTTP client.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }

// WithReprompt sets how long an unanswered prompt waits before it is sent again.
func WithReprompt(d time.Duration) Option { return func(c *Client) { c.repromptAfter = d } }

// New returns a Daraja client.
func New(key, secret, shortcode, passkey, callbackURL string, opts ...Option) *Client {
	c := &Client{
		base:          "https://api.safaricom.co.ke",
		consumerKey:   key,
		consumerSec:   secret,
		shortcode:     shortcode,
		passkey:       passkey,
		callbackURL:   callbackURL,
		repromptAfter: 45 * time.Second,
		hc:            &http.Client{Timeout: 30 * time.Second},
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *Client) accessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Now().Before(c.tokenExp) {
		return c.token, nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/oauth/v1/generate?grant_type=client_credentials", nil)
	if err != nil {
		return "", err
	}
	req.SetBasicAuth(c.consumerKey, c.consumerSec)
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   string `json:"expires_in"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	c.token, c.tokenExp = out.AccessToken, time.Now().Add(50*time.Minute)
	return c.token, nil
}

func (c *Client) password(ts string) string {
	return base64.StdEncoding.EncodeToString([]byte(c.shortcode + c.passkey + ts))
}

func (c *Client) post(ctx context.Context, path string, in, out any) (int, error) {
	tok, err := c.accessToken(ctx)
	if err != nil {
		return 0, err
	}
	b, err := json.Marshal(in)
	if err != nil {
		return 0, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, bytes.NewReader(b))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, json.NewDecoder(resp.Body).Decode(out)
}

// PushRequest is one STK prompt to a buyer's phone.
type PushRequest struct {
	Phone       string
	Amount      int64
	AccountRef  string
	Description string
}

// PushResult is Daraja's answer to an STK push.
type PushResult struct {
	MerchantRequestID string `json:"MerchantRequestID"`
	CheckoutRequestID string `json:"CheckoutRequestID"`
	ResponseCode      string `json:"ResponseCode"`
	CustomerMessage   string `json:"CustomerMessage"`
	ErrorCode         string `json:"errorCode"`
	ErrorMessage      string `json:"errorMessage"`
}

// Push sends an STK prompt to the buyer's phone.
func (c *Client) Push(ctx context.Context, in PushRequest) (*PushResult, error) {
	ts := time.Now().Format("20060102150405")
	body := map[string]any{
		"BusinessShortCode": c.shortcode,
		"Password":          c.password(ts),
		"Timestamp":         ts,
		"TransactionType":   "CustomerPayBillOnline",
		"Amount":            in.Amount,
		"PartyA":            in.Phone,
		"PartyB":            c.shortcode,
		"PhoneNumber":       in.Phone,
		"CallBackURL":       c.callbackURL,
		"AccountReference":  in.AccountRef,
		"TransactionDesc":   in.Description,
	}
	var out PushResult
	code, err := c.post(ctx, "/mpesa/stkpush/v1/processrequest", body, &out)
	if err != nil {
		return nil, err
	}
	if code != http.StatusOK || out.ResponseCode != "0" {
		return nil, fmt.Errorf("mpesa push: %d %s %s", code, out.ErrorCode, out.ErrorMessage)
	}
	return &out, nil
}

// QueryResult is the state of an STK push.
type QueryResult struct {
	ResponseCode string `json:"ResponseCode"`
	ResultCode   string `json:"ResultCode"`
	ResultDesc   string `json:"ResultDesc"`
	ErrorCode    string `json:"errorCode"`
}

// Pending reports whether the buyer has not answered the prompt yet.
func (q *QueryResult) Pending() bool { return q.ErrorCode == "500.001.1001" }

// Paid reports whether the buyer entered the PIN and the payment went through.
func (q *QueryResult) Paid() bool { return q.ResultCode == "0" }

// Query reads the state of an STK push.
func (c *Client) Query(ctx context.Context, checkoutRequestID string) (*QueryResult, error) {
	ts := time.Now().Format("20060102150405")
	body := map[string]any{
		"BusinessShortCode": c.shortcode,
		"Password":          c.password(ts),
		"Timestamp":         ts,
		"CheckoutRequestID": checkoutRequestID,
	}
	var out QueryResult
	code, err := c.post(ctx, "/mpesa/stkpushquery/v1/query", body, &out)
	if err != nil {
		return nil, err
	}
	if code >= 500 && out.ErrorCode == "" {
		return nil, fmt.Errorf("mpesa query: status %d", code)
	}
	return &out, nil
}
