// Package logistics talks to couriers' phones, restaurant POS systems and
// the routing service.
package logistics

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Push sends push notifications through the platform's push gateway.
type Push struct {
	hc       *http.Client
	endpoint string
}

// NewPush returns a push sender.
func NewPush(endpoint string) *Push {
	return &Push{hc: &http.Client{Timeout: 5 * time.Second}, endpoint: endpoint}
}

// Send delivers one notification, retrying briefly when the gateway is busy.
func (p *Push) Send(ctx context.Context, userID, title, body string) error {
	payload, _ := json.Marshal(map[string]string{"user": userID, "title": title, "body": body})
	var last error
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.endpoint+"/v1/push", bytes.NewReader(payload))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := p.hc.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				return nil
			}
			err = fmt.Errorf("push gateway: %s", resp.Status)
		}
		last = err
		time.Sleep(200 * time.Millisecond)
	}
	return last
}

// PromoCheck asks the promotions service whether a code applies to a basket.
type PromoCheck struct {
	hc  *http.Client
	url string
}

// NewPromoCheck returns a promo-code validator.
func NewPromoCheck(url string) *PromoCheck {
	return &PromoCheck{hc: &http.Client{Timeout: 3 * time.Second}, url: url}
}

// Validate returns the discount for a promo code.
func (p *PromoCheck) Validate(ctx context.Context, code, customerID string, basketMinor int64) (int64, error) {
	body, _ := json.Marshal(map[string]any{"code": code, "customer": customerID, "basket_minor": basketMinor})
	for attempt := 0; ; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, p.url+"/promos/validate", bytes.NewReader(body))
		resp, err := p.hc.Do(req)
		if err == nil && resp.StatusCode == http.StatusOK {
			defer resp.Body.Close()
			var out struct {
				DiscountMinor int64 `json:"discount_minor"`
			}
			err := json.NewDecoder(resp.Body).Decode(&out)
			return out.DiscountMinor, err
		}
		if err == nil {
			resp.Body.Close()
		}
		if attempt == 2 {
			return 0, nil
		}
		time.Sleep(100 * time.Millisecond)
	}
}
