package wallet

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/go-resty/resty/v2"

	"audit9/mobility/retryx"
)

// Flowpay is a hand-written client for the Flowpay wallet API used for
// bank-app top-ups in Mexico and Colombia.
type Flowpay struct {
	rc      *resty.Client
	hc      *http.Client
	baseURL string
	apiKey  string
}

// NewFlowpay returns a Flowpay client.
func NewFlowpay(baseURL, apiKey string) *Flowpay {
	rc := resty.New().
		SetBaseURL(baseURL).
		SetAuthToken(apiKey).
		SetTimeout(20 * time.Second).
		SetRetryCount(2).
		SetRetryWaitTime(2 * time.Second)
	return &Flowpay{rc: rc, hc: &http.Client{Timeout: 20 * time.Second}, baseURL: baseURL, apiKey: apiKey}
}

type flowCharge struct {
	ID          string `json:"id"`
	Status      string `json:"status"`
	RedirectURL string `json:"redirect_url"`
}

// CreateCharge starts a bank-app payment and returns the page to send the
// rider to.
func (f *Flowpay) CreateCharge(ctx context.Context, topUpID string, cents int64, currency string) (*flowCharge, error) {
	var out flowCharge
	resp, err := f.rc.R(). // want "\\[idempotency\\] POST /v1/charges is retried by the resty client with SetRetryCount\\(2\\) \\(line 27\\) without an idempotency key"
				SetContext(ctx).
				SetBody(map[string]any{
			"amount":     cents,
			"currency":   currency,
			"reference":  topUpID,
			"return_url": "https://ride.example.com/wallet/flowpay/complete?topup=" + topUpID,
		}).
		SetResult(&out).
		Post("/v1/charges")
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("flowpay create charge: %s", resp.Status())
	}
	return &out, nil
}

// Charge reads a charge.
func (f *Flowpay) Charge(ctx context.Context, id string) (*flowCharge, error) {
	var out flowCharge
	resp, err := f.rc.R().SetContext(ctx).SetResult(&out).Get("/v1/charges/" + id)
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("flowpay charge %s: %s", id, resp.Status())
	}
	return &out, nil
}

// WaitCharge waits for a charge to succeed, fail or expire.
func (f *Flowpay) WaitCharge(ctx context.Context, id string) (string, error) {
	ch, err := retryx.Poll(ctx, 3*time.Second, 60, func(ctx context.Context) (*flowCharge, bool, error) {
		ch, err := f.Charge(ctx, id)
		if err != nil {
			return nil, false, err
		}
		switch ch.Status {
		case "succeeded", "failed", "expired":
			return ch, true, nil
		}
		return ch, false, nil
	})
	if err != nil {
		return "", err
	}
	return ch.Status, nil
}

// Refund returns a top-up to the rider's bank app.
func (f *Flowpay) Refund(ctx context.Context, chargeID string, cents int64) error {
	body, _ := json.Marshal(map[string]any{"charge": chargeID, "amount": cents})
	wait := time.Second
	var lastStatus int
	for attempt := 0; attempt < 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, f.baseURL+"/v1/refunds", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+f.apiKey)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Idempotency-Key", "refund-"+chargeID)
		resp, err := f.hc.Do(req)
		if err == nil {
			resp.Body.Close()
			lastStatus = resp.StatusCode
			if resp.StatusCode == http.StatusOK { // want "\\[retrystatus\\] POST /v1/refunds is retried by a for loop .* every non-2xx status is retried"
				return nil
			}
		}
		time.Sleep(wait)
		wait *= 2
	}
	return fmt.Errorf("flowpay refund %s: last status %d", chargeID, lastStatus)
}
