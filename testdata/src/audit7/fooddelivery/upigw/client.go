// Package upigw is our client for the PhonePe-style UPI gateway: every
// request is a base64 JSON payload signed with the salt key (X-VERIFY).
package upigw

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Config struct {
	BaseURL    string
	MerchantID string
	SaltKey    string
	SaltIndex  int
}

type Client struct {
	cfg  Config
	http *http.Client
}

func New(cfg Config) *Client {
	return &Client{cfg: cfg, http: &http.Client{Timeout: 10 * time.Second}}
}

type PayRequest struct {
	MerchantID            string `json:"merchantId"`
	MerchantTransactionID string `json:"merchantTransactionId"`
	MerchantUserID        string `json:"merchantUserId"`
	Amount                int64  `json:"amount"` // paise
	CallbackURL           string `json:"callbackUrl"`
	RedirectURL           string `json:"redirectUrl"`
	PaymentInstrument     struct {
		Type string `json:"type"`
		VPA  string `json:"vpa,omitempty"`
	} `json:"paymentInstrument"`
}

type gwResponse struct {
	Success bool   `json:"success"`
	Code    string `json:"code"`
	Data    struct {
		MerchantTransactionID string `json:"merchantTransactionId"`
		TransactionID         string `json:"transactionId"`
		State                 string `json:"state"`
	} `json:"data"`
}

// checksum is sha256(payload + path + salt) + "###" + index.
func (c *Client) checksum(payload, path string) string {
	sum := sha256.Sum256([]byte(payload + path + c.cfg.SaltKey))
	return hex.EncodeToString(sum[:]) + "###" + fmt.Sprint(c.cfg.SaltIndex)
}

func (c *Client) signedPost(ctx context.Context, path string, body any) (*http.Response, error) {
	raw, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	b64 := base64.StdEncoding.EncodeToString(raw)
	envelope, _ := json.Marshal(map[string]string{"request": b64})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.cfg.BaseURL+path, bytes.NewReader(envelope))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-VERIFY", c.checksum(b64, path))
	return c.http.Do(req)
}

// Status reads one transaction's state from the gateway.
func (c *Client) Status(ctx context.Context, merchantTxnID string) (string, error) {
	path := fmt.Sprintf("/pg/v1/status/%s/%s", c.cfg.MerchantID, merchantTxnID)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.cfg.BaseURL+path, nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("X-VERIFY", c.checksum("", path))
	req.Header.Set("X-MERCHANT-ID", c.cfg.MerchantID)
	res, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var out gwResponse
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.Code, nil
}
