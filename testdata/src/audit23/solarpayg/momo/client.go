// Package momo is our client for the MTN MoMo Collections API (Uganda).
package momo

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// Client calls the collection product of MTN MoMo.
type Client struct {
	baseURL   string
	subKey    string
	apiUser   string
	apiKey    string
	targetEnv string
	callback  string
	hc        *http.Client
}

// Config holds the MoMo credentials.
type Config struct {
	BaseURL, SubscriptionKey, APIUser, APIKey, TargetEnv, CallbackURL string
}

// New builds a collections client.
func New(cfg Config) *Client {
	return &Client{baseURL: cfg.BaseURL, subKey: cfg.SubscriptionKey, apiUser: cfg.APIUser, apiKey: cfg.APIKey,
		targetEnv: cfg.TargetEnv, callback: cfg.CallbackURL, hc: &http.Client{Timeout: 20 * time.Second}}
}

// ErrTransient marks answers worth sending again.
var ErrTransient = errors.New("momo: transient")

func (c *Client) token(ctx context.Context) (string, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/collection/token/", nil)
	req.SetBasicAuth(c.apiUser, c.apiKey)
	req.Header.Set("Ocp-Apim-Subscription-Key", c.subKey)
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		AccessToken string `json:"access_token"`
	}
	return out.AccessToken, json.NewDecoder(resp.Body).Decode(&out)
}

// Payer identifies the wallet to debit.
type Payer struct {
	PartyIDType string `json:"partyIdType"`
	PartyID     string `json:"partyId"`
}

// RequestToPay is the body of a collection request.
type RequestToPay struct {
	Amount       string `json:"amount"`
	Currency     string `json:"currency"`
	ExternalID   string `json:"externalId"`
	Payer        Payer  `json:"payer"`
	PayerMessage string `json:"payerMessage"`
	PayeeNote    string `json:"payeeNote"`
}

// RequestToPay asks the payer to approve a debit. referenceID is the
// X-Reference-Id under which MoMo stores the request; the status is read by it.
func (c *Client) RequestToPay(ctx context.Context, referenceID string, body RequestToPay) error {
	tok, err := c.token(ctx)
	if err != nil {
		return err
	}
	b, _ := json.Marshal(body)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/collection/v1_0/requesttopay", bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("X-Reference-Id", referenceID)
	req.Header.Set("X-Target-Environment", c.targetEnv)
	if c.callback != "" {
		req.Header.Set("X-Callback-Url", c.callback)
	}
	req.Header.Set("Ocp-Apim-Subscription-Key", c.subKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrTransient, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusAccepted:
		return nil
	case resp.StatusCode >= 500, resp.StatusCode == http.StatusTooManyRequests:
		return fmt.Errorf("%w: http %d", ErrTransient, resp.StatusCode)
	default:
		return fmt.Errorf("momo: requesttopay: http %d", resp.StatusCode)
	}
}

// Transaction is the state of a request to pay.
type Transaction struct {
	Amount                 string `json:"amount"`
	Currency               string `json:"currency"`
	FinancialTransactionID string `json:"financialTransactionId"`
	ExternalID             string `json:"externalId"`
	Status                 string `json:"status"` // PENDING, SUCCESSFUL, FAILED
	Reason                 string `json:"reason"`
}

// Status reads a request to pay by its reference id.
func (c *Client) Status(ctx context.Context, referenceID string) (*Transaction, error) {
	tok, err := c.token(ctx)
	if err != nil {
		return nil, err
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/collection/v1_0/requesttopay/"+referenceID, nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("X-Target-Environment", c.targetEnv)
	req.Header.Set("Ocp-Apim-Subscription-Key", c.subKey)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("momo: status: http %d", resp.StatusCode)
	}
	var t Transaction
	return &t, json.NewDecoder(resp.Body).Decode(&t)
}
