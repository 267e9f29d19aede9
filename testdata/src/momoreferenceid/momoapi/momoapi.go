// Package momoapi is a hand-written client for MTN's MoMo Open API. MoMo
// keys each money movement by the X-Reference-Id header, a UUID the
// caller chooses: a second request with the same id is refused.
package momoapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

type Client struct {
	baseURL string
	env     string
	hc      *http.Client
}

type Party struct {
	PartyIDType string `json:"partyIdType"`
	PartyID     string `json:"partyId"`
}

// Debit is the body of a requesttopay.
type Debit struct {
	Amount     string `json:"amount"`
	Currency   string `json:"currency"`
	ExternalID string `json:"externalId"`
	Payer      Party  `json:"payer"`
}

// Payout is the body of a disbursement transfer.
type Payout struct {
	Amount     string `json:"amount"`
	Currency   string `json:"currency"`
	ExternalID string `json:"externalId"`
	Payee      Party  `json:"payee"`
}

func (c *Client) send(ctx context.Context, method, path, referenceID string, body any) (*http.Response, error) {
	b, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Reference-Id", referenceID)
	req.Header.Set("X-Target-Environment", c.env)
	req.Header.Set("Content-Type", "application/json")
	return c.hc.Do(req)
}

// RequestToPay asks the payer's wallet for a debit, stored under referenceID.
func (c *Client) RequestToPay(ctx context.Context, referenceID string, d Debit) error {
	b, _ := json.Marshal(d)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/collection/v1_0/requesttopay", bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("X-Reference-Id", referenceID)
	req.Header.Set("X-Target-Environment", c.env)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted {
		return fmt.Errorf("momo: requesttopay: http %d", resp.StatusCode)
	}
	return nil
}

// Transfer pays a wallet out of the disbursement account.
func (c *Client) Transfer(ctx context.Context, referenceID string, p Payout) error {
	resp, err := c.send(ctx, http.MethodPost, "/disbursement/v1_0/transfer", referenceID, p)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted {
		return fmt.Errorf("momo: transfer: http %d", resp.StatusCode)
	}
	return nil
}

// CreateAPIUser registers a sandbox API user under referenceID; no money moves.
func (c *Client) CreateAPIUser(ctx context.Context, referenceID, callbackHost string) error {
	resp, err := c.send(ctx, http.MethodPost, "/v1_0/apiuser", referenceID, map[string]string{"providerCallbackHost": callbackHost})
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}

// Status reads a requesttopay by its reference id.
func (c *Client) Status(ctx context.Context, referenceID string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/collection/v1_0/requesttopay/"+referenceID, nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("X-Target-Environment", c.env)
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		Status string `json:"status"`
	}
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.Status, err
}
