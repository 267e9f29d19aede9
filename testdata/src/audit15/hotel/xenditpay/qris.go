package xenditpay

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"audit15/hotel/booking"
)

// QRClient creates QRIS codes shown on the front-desk terminal. The Go
// SDK has no QR codes API, so this talks to the REST endpoint directly.
type QRClient struct {
	http      *http.Client
	base      string
	secretKey string
}

// NewQRClient returns a QRClient against base (https://api.xendit.co).
func NewQRClient(base, secretKey string) *QRClient {
	return &QRClient{http: &http.Client{Timeout: 15 * time.Second}, base: base, secretKey: secretKey}
}

// QRCode is the part of Xendit's answer the terminal needs.
type QRCode struct {
	ID          string `json:"id"`
	ReferenceID string `json:"reference_id"`
	QRString    string `json:"qr_string"`
	Status      string `json:"status"`
}

// CreateDepositQR creates a dynamic QRIS code for the stay's deposit.
func (c *QRClient) CreateDepositQR(ctx context.Context, st *booking.Stay) (*QRCode, error) {
	ref := "qr-" + st.Ref
	body, err := json.Marshal(map[string]any{
		"reference_id": ref,
		"type":         "DYNAMIC",
		"currency":     "IDR",
		"amount":       st.DepositMinor,
	})
	if err != nil {
		return nil, err
	}
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/qr_codes", bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		req.SetBasicAuth(c.secretKey, "")
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("api-version", "2022-07-31")
		req.Header.Set("Idempotency-key", ref)
		resp, err := c.http.Do(req)
		if err == nil && resp.StatusCode == http.StatusOK { // want "\\[retrystatus\\] POST /qr_codes is retried by a for loop \\(line 48\\): every non-2xx status is retried"
			defer resp.Body.Close()
			var qr QRCode
			if err := json.NewDecoder(resp.Body).Decode(&qr); err != nil {
				return nil, err
			}
			return &qr, nil
		}
		if err == nil {
			lastErr = fmt.Errorf("xendit qr: %s", resp.Status)
			resp.Body.Close()
		} else {
			lastErr = err
		}
		time.Sleep(time.Duration(1<<attempt) * time.Second)
	}
	return nil, lastErr
}
