package topup

import (
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// Recharge tops up a phone; every attempt gets a fresh request id, so a
// timeout after the aggregator applied the recharge credits the phone twice.
func (c *Client) Recharge(msisdn, operator string, amount int64) error {
	var lastErr error
	for i := 0; i < c.cfg.Retries; i++ {
		req := TopUpRequest{
			RequestID: uuid.NewString(),
			MSISDN:    msisdn,
			Operator:  operator,
			Amount:    amount,
			Currency:  "KES",
		}
		resp, err := c.post("/v1/topups", req)   // want "\\[idempotency\\] .*made anew on every attempt" "\\[retrybackoff\\] .*every 200ms"
		if err == nil && resp.StatusCode < 300 { // want "\\[retrystatus\\] .*every non-2xx status is retried"
			resp.Body.Close()
			return nil
		}
		if resp != nil {
			resp.Body.Close()
		}
		lastErr = fmt.Errorf("topup attempt %d failed: %v", i, err)
		time.Sleep(200 * time.Millisecond)
	}
	return lastErr
}

// RechargeOrder tops up for a stored order: the order's id is the request
// id on every attempt, and the wait grows.
func (c *Client) RechargeOrder(orderID, msisdn, operator string, amount int64) error {
	req := TopUpRequest{RequestID: orderID, MSISDN: msisdn, Operator: operator, Amount: amount, Currency: "KES"}
	wait := time.Second
	for i := 0; i < c.cfg.Retries; i++ {
		resp, err := c.post("/v1/topups", req)
		if err == nil {
			code := resp.StatusCode
			resp.Body.Close()
			if code < 300 {
				return nil
			}
			if code < 500 && code != http.StatusTooManyRequests {
				return fmt.Errorf("topup rejected: %d", code)
			}
		}
		time.Sleep(wait)
		wait *= 2
	}
	return fmt.Errorf("topup %s: gave up", orderID)
}

// SMSClient is the bulk SMS gateway used for receipts.
type SMSClient struct {
	URL string
	hc  *http.Client
}

// SendReceipt retries a receipt SMS quickly; an SMS is not money.
func (s *SMSClient) SendReceipt(phone, text string) error {
	for i := 0; i < 5; i++ {
		resp, err := s.hc.PostForm(s.URL, map[string][]string{"to": {phone}, "text": {text}, "ref": {uuid.NewString()}})
		if err == nil && resp.StatusCode == http.StatusOK {
			resp.Body.Close()
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("sms to %s failed", phone)
}
