// Package daraja is our client for Safaricom's Daraja (M-Pesa) API.
package daraja

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/google/uuid"
)

// Client talks to Daraja with an OAuth token it refreshes itself.
type Client struct {
	baseURL   string
	key       string
	secret    string
	shortCode string
	passkey   string
	initiator string
	secCred   string
	callback  string
	cbToken   string
	hc        *http.Client

	mu      sync.Mutex
	token   string
	expires time.Time
}

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient replaces the default HTTP client.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }

// WithB2C sets the initiator used for B2C payouts.
func WithB2C(initiator, credential string) Option {
	return func(c *Client) { c.initiator, c.secCred = initiator, credential }
}

// WithCallbackBase sets where Daraja posts results, and the token our
// callback routes expect in the query string.
func WithCallbackBase(u, token string) Option {
	return func(c *Client) { c.callback, c.cbToken = u, token }
}

func (c *Client) callbackURL(path string) string {
	return c.callback + "/hooks/daraja" + path + "?t=" + url.QueryEscape(c.cbToken)
}

// New builds a Daraja client.
func New(baseURL, key, secret, shortCode, passkey string, opts ...Option) *Client {
	c := &Client{baseURL: baseURL, key: key, secret: secret, shortCode: shortCode, passkey: passkey,
		hc: &http.Client{Timeout: 30 * time.Second}}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *Client) accessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Now().Before(c.expires) {
		return c.token, nil
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/oauth/v1/generate?grant_type=client_credentials", nil)
	req.SetBasicAuth(c.key, c.secret)
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
	c.token, c.expires = out.AccessToken, time.Now().Add(50*time.Minute)
	return c.token, nil
}

func (c *Client) post(ctx context.Context, path string, body, out any) error {
	tok, err := c.accessToken(ctx)
	if err != nil {
		return err
	}
	b, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+path, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return &APIError{Status: resp.StatusCode, Body: string(data)}
	}
	return json.Unmarshal(data, out)
}

// APIError is a non-200 answer from Daraja.
type APIError struct {
	Status int
	Body   string
}

func (e *APIError) Error() string { return fmt.Sprintf("daraja: http %d: %s", e.Status, e.Body) }

// Temporary says whether the answer may change if sent again.
func (e *APIError) Temporary() bool { return e.Status >= 500 || e.Status == http.StatusTooManyRequests }

func (c *Client) password(ts string) string {
	return base64.StdEncoding.EncodeToString([]byte(c.shortCode + c.passkey + ts))
}

// STKPushResponse is Daraja's answer to an STK push.
type STKPushResponse struct {
	MerchantRequestID   string `json:"MerchantRequestID"`
	CheckoutRequestID   string `json:"CheckoutRequestID"`
	ResponseCode        string `json:"ResponseCode"`
	ResponseDescription string `json:"ResponseDescription"`
}

// STKPush prompts the customer's phone to pay amount to our paybill.
func (c *Client) STKPush(ctx context.Context, msisdn string, amount int64, accountRef, desc string) (*STKPushResponse, error) {
	ts := time.Now().Format("20060102150405")
	body := map[string]any{
		"BusinessShortCode": c.shortCode,
		"Password":          c.password(ts),
		"Timestamp":         ts,
		"TransactionType":   "CustomerPayBillOnline",
		"Amount":            amount,
		"PartyA":            msisdn,
		"PartyB":            c.shortCode,
		"PhoneNumber":       msisdn,
		"CallBackURL":       c.callbackURL("/stk"),
		"AccountReference":  accountRef,
		"TransactionDesc":   desc,
	}
	var out STKPushResponse
	if err := c.post(ctx, "/mpesa/stkpush/v1/processrequest", body, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// STKQueryResponse is the state of one STK push.
type STKQueryResponse struct {
	ResponseCode      string `json:"ResponseCode"`
	CheckoutRequestID string `json:"CheckoutRequestID"`
	ResultCode        string `json:"ResultCode"`
	ResultDesc        string `json:"ResultDesc"`
}

// Status maps Daraja's result codes to ours.
func (r *STKQueryResponse) Status() string {
	switch r.ResultCode {
	case "0":
		return "COMPLETED"
	case "1032":
		return "CANCELLED"
	case "1037", "1", "2001":
		return "FAILED"
	}
	return "PENDING"
}

// STKQuery reads the state of an STK push.
func (c *Client) STKQuery(ctx context.Context, checkoutRequestID string) (*STKQueryResponse, error) {
	ts := time.Now().Format("20060102150405")
	body := map[string]any{
		"BusinessShortCode": c.shortCode,
		"Password":          c.password(ts),
		"Timestamp":         ts,
		"CheckoutRequestID": checkoutRequestID,
	}
	var out STKQueryResponse
	if err := c.post(ctx, "/mpesa/stkpushquery/v1/query", body, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// B2CRequest pays money out to a phone.
type B2CRequest struct {
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

// B2CResponse acknowledges a payout request; the result comes by callback.
type B2CResponse struct {
	ConversationID           string `json:"ConversationID"`
	OriginatorConversationID string `json:"OriginatorConversationID"`
	ResponseCode             string `json:"ResponseCode"`
}

// NewB2C fills in a business payment to msisdn.
func (c *Client) NewB2C(msisdn string, amount int64, remarks string) B2CRequest {
	return B2CRequest{
		OriginatorConversationID: uuid.NewString(),
		InitiatorName:            c.initiator,
		SecurityCredential:       c.secCred,
		CommandID:                "BusinessPayment",
		Amount:                   amount,
		PartyA:                   c.shortCode,
		PartyB:                   msisdn,
		Remarks:                  remarks,
		QueueTimeOutURL:          c.callbackURL("/b2c/timeout"),
		ResultURL:                c.callbackURL("/b2c/result"),
		Occasion:                 "commission",
	}
}

// B2C sends a payout.
func (c *Client) B2C(ctx context.Context, r B2CRequest) (*B2CResponse, error) {
	var out B2CResponse
	if err := c.post(ctx, "/mpesa/b2c/v3/paymentrequest", r, &out); err != nil {
		return nil, err
	}
	return &out, nil
}
