package bankpay

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	retryablehttp "github.com/hashicorp/go-retryablehttp"
)

// Instruction is one credit transfer.
type Instruction struct {
	Ref         string `json:"-"`
	Creditor    string `json:"creditor_name"`
	IBAN        string `json:"creditor_iban"`
	AmountMinor int64  `json:"amount_minor"`
	Currency    string `json:"currency"`
	Remittance  string `json:"remittance_info"`
}

// Transfer is the bank's view of an instruction.
type Transfer struct {
	Ref    string `json:"reference"`
	Status string `json:"status"` // RECEIVED, PROCESSING, SETTLED, REJECTED, RETURNED
	Reason string `json:"reason,omitempty"`
}

// Client talks to the bank.
type Client struct {
	base  string
	token string
	hc    *retryablehttp.Client
}

func New(token string, opts ...Option) *Client {
	hc := retryablehttp.NewClient()
	hc.RetryMax = 3
	hc.RetryWaitMin = time.Second
	hc.RetryWaitMax = 10 * time.Second
	hc.CheckRetry = retryUnlessOK
	c := &Client{base: defaultBaseURL, token: token, hc: hc}
	for _, o := range opts {
		o(c)
	}
	return c
}

func retryUnlessOK(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err != nil {
		return true, nil
	}
	return resp.StatusCode >= 400, nil // want "\\[retrystatus\\] payment requests are retried by the retryablehttp client's CheckRetry"
}

// StatusError is a non-2xx answer of the bank.
type StatusError struct {
	Op   string
	Code int
}

func (e *StatusError) Error() string { return fmt.Sprintf("bankpay: %s: HTTP %d", e.Op, e.Code) }

// Transient reports whether the same request may succeed later.
func (e *StatusError) Transient() bool { return e.Code == 429 || e.Code >= 500 }

// SubmitTransfer sends a credit transfer instruction.
func (c *Client) SubmitTransfer(ctx context.Context, in Instruction) (*Transfer, error) {
	body, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v2/credit-transfers", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(traceHeader, in.Ref)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK {
		return nil, &StatusError{Op: "submit " + in.Ref, Code: resp.StatusCode}
	}
	var t Transfer
	return &t, json.NewDecoder(resp.Body).Decode(&t)
}

// GetTransfer reads the state of an instruction.
func (c *Client) GetTransfer(ctx context.Context, ref string) (*Transfer, error) {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v2/credit-transfers/"+ref, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, &StatusError{Op: "get " + ref, Code: resp.StatusCode}
	}
	var t Transfer
	return &t, json.NewDecoder(resp.Body).Decode(&t)
}
