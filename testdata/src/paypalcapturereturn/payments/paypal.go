// Package payments captures PayPal orders over PayPal's REST API (Orders
// v2, no SDK) and stores the result.
package payments

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
)

// PayPal talks to PayPal's REST API.
type PayPal struct {
	base  string
	token string
	hc    *http.Client
}

// CaptureResult is the capture answer, normalised.
type CaptureResult struct {
	Completed   bool
	Status      string
	OrderRef    string
	CaptureID   string
	AmountCents int64
}

// Capture captures an approved order: POST /v2/checkout/orders/{id}/capture.
// A 4xx (ORDER_NOT_APPROVED for a buyer who never paid) is an error.
func (p *PayPal) Capture(ctx context.Context, orderID string) (CaptureResult, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.base+"/v2/checkout/orders/"+url.PathEscape(orderID)+"/capture", bytes.NewReader([]byte("{}")))
	if err != nil {
		return CaptureResult{}, err
	}
	req.Header.Set("Authorization", "Bearer "+p.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.hc.Do(req)
	if err != nil {
		return CaptureResult{}, err
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode >= 300 {
		return CaptureResult{}, fmt.Errorf("paypal capture: %d %s", resp.StatusCode, raw)
	}
	var out struct {
		ID            string `json:"id"`
		Status        string `json:"status"`
		PurchaseUnits []struct {
			CustomID string `json:"custom_id"`
		} `json:"purchase_units"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		return CaptureResult{}, err
	}
	res := CaptureResult{Completed: out.Status == "COMPLETED", Status: out.Status, CaptureID: out.ID}
	if len(out.PurchaseUnits) > 0 {
		res.OrderRef = out.PurchaseUnits[0].CustomID
	}
	return res, nil
}
