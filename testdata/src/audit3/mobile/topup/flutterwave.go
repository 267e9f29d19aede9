// Package topup loads rider wallets with mobile money and cards through
// Flutterwave's charges API.
package topup

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type FlwClient struct {
	BaseURL   string // https://api.flutterwave.com
	SecretKey string
	HC        *http.Client
}

func NewFlwClient(secret string) *FlwClient {
	return &FlwClient{BaseURL: "https://api.flutterwave.com", SecretKey: secret, HC: &http.Client{Timeout: 25 * time.Second}}
}

type ChargeRequest struct {
	TxRef       string `json:"tx_ref"`
	Amount      string `json:"amount"`
	Currency    string `json:"currency"`
	Email       string `json:"email"`
	PhoneNumber string `json:"phone_number"`
	Network     string `json:"network,omitempty"`
}

type ChargeResponse struct {
	Status  string `json:"status"`
	Message string `json:"message"`
	Data    struct {
		ID     int64  `json:"id"`
		TxRef  string `json:"tx_ref"`
		Status string `json:"status"`
	} `json:"data"`
}

// StatusError keeps the HTTP status of a failed call.
type StatusError struct{ Code int }

func (e StatusError) Error() string { return fmt.Sprintf("flutterwave: HTTP %d", e.Code) }

// Charge posts to /v3/charges?type=<kind>.
func (f *FlwClient) Charge(ctx context.Context, kind string, in ChargeRequest) (*ChargeResponse, error) {
	b, _ := json.Marshal(in)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, f.BaseURL+"/v3/charges?type="+kind, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+f.SecretKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := f.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return nil, StatusError{Code: resp.StatusCode}
	}
	var out ChargeResponse
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}
