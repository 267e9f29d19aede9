package billing

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"
)

// ResellerPayouts pays resellers their monthly commission through the
// partner platform's payouts API.
type ResellerPayouts struct {
	base  string
	token string
	hc    *http.Client
}

func NewResellerPayouts(base, token string) *ResellerPayouts {
	return &ResellerPayouts{base: base, token: token, hc: &http.Client{Timeout: 20 * time.Second}}
}

type payoutReq struct {
	Reseller string `json:"reseller_id"`
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
	Period   string `json:"period"`
}

// Pay sends one commission payout for a period and returns its id.
func (c *ResellerPayouts) Pay(ctx context.Context, resellerID string, cents int64, period string) (string, error) {
	body, err := json.Marshal(payoutReq{Reseller: resellerID, Amount: cents, Currency: "usd", Period: period})
	if err != nil {
		return "", err
	}
	key := "commission-" + resellerID + "-" + period
	delay := 2 * time.Second
	for attempt := 0; attempt < 5; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/payouts", bytes.NewReader(body))
		if err != nil {
			return "", err
		}
		req.Header.Set("Authorization", "Bearer "+c.token)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.hc.Do(req)
		if err == nil {
			var out struct {
				ID string `json:"id"`
			}
			decErr := json.NewDecoder(resp.Body).Decode(&out)
			resp.Body.Close()
			if resp.StatusCode == http.StatusCreated || resp.StatusCode == http.StatusOK { // want "\\[retrystatus\\] POST /v1/payouts is retried by a for loop \\(line 40\\): every non-2xx status is retried"
				return out.ID, decErr
			}
			log.Printf("reseller payout %s: status %d", resellerID, resp.StatusCode)
		} else {
			log.Printf("reseller payout %s: %v", resellerID, err)
		}
		time.Sleep(delay)
		delay *= 2
	}
	return "", fmt.Errorf("reseller payout %s %s: gave up", resellerID, period)
}
