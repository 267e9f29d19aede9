// Package refunds refunds cancelled flight and hotel bookings.
package refunds

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// PSPClient talks to our home-grown REST PSP (bank transfers, iDEAL).
type PSPClient struct {
	BaseURL string
	APIKey  string
	HTTP    *http.Client
}

type refundBody struct {
	PaymentID string `json:"payment_id"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	Reason    string `json:"reason"`
}

func (c *PSPClient) newRefundRequest(ctx context.Context, key string, b refundBody) (*http.Request, error) {
	buf, err := json.Marshal(b)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+"/v1/refunds", bytes.NewReader(buf))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.APIKey)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", key)
	return req, nil
}

// RefundCancellation refunds a booking the traveller cancelled in time.
func (c *PSPClient) RefundCancellation(ctx context.Context, bookingID, paymentID string, amount int64, cur string) error {
	body := refundBody{PaymentID: paymentID, Amount: amount, Currency: cur, Reason: "cancellation"}
	key := "refund-" + bookingID
	for attempt := 0; attempt < 4; attempt++ {
		req, err := c.newRefundRequest(ctx, key, body)
		if err != nil {
			return err
		}
		resp, err := c.HTTP.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusCreated { // want "\\[retrystatus\\] POST /v1/refunds is retried by a for loop .*every non-2xx status is retried"
				return nil
			}
		}
		time.Sleep(time.Duration(2<<attempt) * time.Second)
	}
	return fmt.Errorf("refund %s: gave up", bookingID)
}

// RefundSchedule refunds the unused leg of a flight after a schedule change.
func (c *PSPClient) RefundSchedule(ctx context.Context, bookingID, paymentID string, amount int64, cur string) error {
	body := refundBody{PaymentID: paymentID, Amount: amount, Currency: cur, Reason: "schedule_change"}
	key := "refund-sc-" + bookingID
	for attempt := 0; attempt < 4; attempt++ {
		req, err := c.newRefundRequest(ctx, key, body)
		if err != nil {
			return err
		}
		resp, err := c.HTTP.Do(req)
		if err != nil {
			time.Sleep(time.Duration(2<<attempt) * time.Second)
			continue
		}
		resp.Body.Close()
		switch {
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			time.Sleep(time.Duration(2<<attempt) * time.Second)
		case resp.StatusCode >= 400:
			return fmt.Errorf("refund %s rejected: %d", bookingID, resp.StatusCode)
		default:
			return nil
		}
	}
	return fmt.Errorf("refund %s: gave up", bookingID)
}
