// Package openbanking is a small client of Halden Bank's payment-initiation
// API (Open Banking UK 3.1 profile) for clients who pay by bank transfer.
package openbanking

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/google/uuid"
)

const idempotencyHeader = "x-halden-idempotency-key"

// Terminal states of a domestic payment.
const (
	StatusSettled  = "AcceptedSettlementCompleted"
	StatusRejected = "Rejected"
)

type Client struct {
	base    string
	hc      *http.Client
	token   func(ctx context.Context) (string, error)
	retries int
}

type Option func(*Client)

func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }
func WithRetries(n int) Option              { return func(c *Client) { c.retries = n } }

func New(base string, token func(ctx context.Context) (string, error), opts ...Option) *Client {
	c := &Client{base: base, hc: &http.Client{Timeout: 20 * time.Second}, token: token, retries: 4}
	for _, o := range opts {
		o(c)
	}
	return c
}

type Amount struct {
	Amount   string `json:"Amount"`
	Currency string `json:"Currency"`
}

type Initiation struct {
	InstructionIdentification string `json:"InstructionIdentification"`
	EndToEndIdentification    string `json:"EndToEndIdentification"`
	InstructedAmount          Amount `json:"InstructedAmount"`
	Reference                 string `json:"Reference"`
}

type Consent struct {
	ConsentID string `json:"ConsentId"`
	Status    string `json:"Status"`
}

type DomesticPayment struct {
	DomesticPaymentID string `json:"DomesticPaymentId"`
	ConsentID         string `json:"ConsentId"`
	Status            string `json:"Status"`
}

type APIError struct {
	Status int
	Body   string
}

func (e *APIError) Error() string { return fmt.Sprintf("halden: %d %s", e.Status, e.Body) }

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
	tok, err := c.token(ctx)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

// withRetry runs send up to attempts times, waiting longer after each failure.
func withRetry(ctx context.Context, attempts int, send func() (*http.Response, error)) (*http.Response, error) {
	wait := time.Second
	var last error
	for i := 0; i < attempts; i++ {
		resp, err := send()
		if err == nil && resp.StatusCode == http.StatusCreated { // want "\\[retrystatus\\] POST /pisp/domestic-payment-consents is retried by withRetry \\(line 127\\): every non-2xx status is retried, including 400/404/409/422"
			return resp, nil
		}
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			err = &APIError{Status: resp.StatusCode, Body: string(b)}
		}
		last = err
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return nil, last
}

// CreateConsent registers the payment the client will authorise at the bank.
func (c *Client) CreateConsent(ctx context.Context, in Initiation) (Consent, error) {
	key := uuid.NewString()
	body := map[string]any{"Data": map[string]any{"Initiation": in}, "Risk": map[string]any{}}
	resp, err := withRetry(ctx, c.retries, func() (*http.Response, error) {
		req, err := c.newRequest(ctx, http.MethodPost, "/pisp/domestic-payment-consents", body)
		if err != nil {
			return nil, err
		}
		req.Header.Set(idempotencyHeader, key)
		return c.hc.Do(req)
	})
	if err != nil {
		return Consent{}, err
	}
	defer resp.Body.Close()
	var out struct{ Data Consent }
	return out.Data, json.NewDecoder(resp.Body).Decode(&out)
}

// SubmitPayment turns an authorised consent into a domestic payment.
func (c *Client) SubmitPayment(ctx context.Context, consentID string, in Initiation) (DomesticPayment, error) {
	body := map[string]any{"Data": map[string]any{"ConsentId": consentID, "Initiation": in}, "Risk": map[string]any{}}
	wait := 500 * time.Millisecond
	for attempt := 1; ; attempt++ {
		req, err := c.newRequest(ctx, http.MethodPost, "/pisp/domestic-payments", body)
		if err != nil {
			return DomesticPayment{}, err
		}
		req.Header.Set(idempotencyHeader, fmt.Sprintf("%s-%d", consentID, time.Now().UnixNano()))
		resp, err := c.hc.Do(req) // want "\\[idempotency\\] POST /pisp/domestic-payments is retried by a for loop .* with an idempotency key made anew on every attempt \\(time.Now\\(\\)"
		if err == nil {
			defer resp.Body.Close()
			if resp.StatusCode == http.StatusCreated {
				var out struct{ Data DomesticPayment }
				return out.Data, json.NewDecoder(resp.Body).Decode(&out)
			}
			if resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests {
				b, _ := io.ReadAll(resp.Body)
				return DomesticPayment{}, &APIError{Status: resp.StatusCode, Body: string(b)}
			}
		}
		if attempt == c.retries {
			return DomesticPayment{}, errors.New("halden: domestic payment not accepted")
		}
		time.Sleep(wait)
		wait *= 2
	}
}

// Payment reads one domestic payment.
func (c *Client) Payment(ctx context.Context, id string) (DomesticPayment, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/pisp/domestic-payments/"+id, nil)
	if err != nil {
		return DomesticPayment{}, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return DomesticPayment{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return DomesticPayment{}, &APIError{Status: resp.StatusCode}
	}
	var out struct{ Data DomesticPayment }
	return out.Data, json.NewDecoder(resp.Body).Decode(&out)
}

// AwaitSettlement polls a domestic payment until the bank settles or rejects it.
func (c *Client) AwaitSettlement(ctx context.Context, id string) (DomesticPayment, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Hour)
	defer cancel()
	wait := 3 * time.Second
	for {
		p, err := c.Payment(ctx, id)
		if err != nil {
			return p, err
		}
		switch p.Status {
		case StatusSettled, StatusRejected:
			return p, nil
		}
		select {
		case <-ctx.Done():
			return p, fmt.Errorf("halden: payment %s still %s: %w", id, p.Status, ctx.Err())
		case <-time.After(wait):
		}
		if wait < 5*time.Minute {
			wait *= 2
		}
	}
}
