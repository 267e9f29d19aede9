package checkoutsvc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// Order is the part of our order row the gateway needs.
type Order struct {
	ID        string
	RequestID string // generated when the order is placed
	Amount    int64
	Currency  string
	CardToken string
}

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

// ChargeCard is the quick path used by the mobile checkout.
func (c *Client) ChargeCard(o Order) (*paymentResult, error) {
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		body, _ := json.Marshal(cardPayment{
			RequestID: uuid.NewString(),
			OrderID:   o.ID,
			Amount:    o.Amount,
			Currency:  o.Currency,
			CardToken: o.CardToken,
		})
		req, err := c.newPost("/api/v1/payments/card", body)
		if err != nil {
			return nil, err
		}
		resp, err := c.http.Do(req) // want "\\[idempotency\\] POST /api/v1/payments/card is retried by a for loop .line 29. with an idempotency key made anew" "\\[retrybackoff\\] POST /api/v1/payments/card is retried by a for loop .line 29. every 100ms"
		if err != nil {
			lastErr = err
			time.Sleep(100 * time.Millisecond)
			continue
		}
		if resp.StatusCode >= 400 { // want "\\[retrystatus\\] POST /api/v1/payments/card is retried by a for loop .line 29.: every non-2xx status is retried"
			resp.Body.Close()
			lastErr = fmt.Errorf("gateway: %s", resp.Status)
			time.Sleep(100 * time.Millisecond)
			continue
		}
		var res paymentResult
		err = json.NewDecoder(resp.Body).Decode(&res)
		resp.Body.Close()
		return &res, err
	}
	return nil, lastErr
}

var retryableDecline = map[int]bool{1: true, 9: true, 12: true, 13: true}

// ChargeCardSafe is the web checkout path: same requestId on every try.
func (c *Client) ChargeCardSafe(o Order) (*paymentResult, error) {
	body, _ := json.Marshal(cardPayment{
		RequestID: o.RequestID, OrderID: o.ID, Amount: o.Amount,
		Currency: o.Currency, CardToken: o.CardToken,
	})
	wait := 2 * time.Second
	for attempt := 1; attempt <= 3; attempt++ {
		req, err := c.newPost("/api/v1/payments/card", body)
		if err != nil {
			return nil, err
		}
		resp, err := c.http.Do(req)
		if err == nil {
			switch {
			case resp.StatusCode >= 500, resp.StatusCode == http.StatusTooManyRequests:
				resp.Body.Close()
			case resp.StatusCode >= 400:
				resp.Body.Close()
				return nil, fmt.Errorf("gateway rejected payment: %s", resp.Status)
			default:
				var res paymentResult
				err = json.NewDecoder(resp.Body).Decode(&res)
				resp.Body.Close()
				if err != nil || res.TransactionStatus != "FAILED" || !retryableDecline[res.DeclineCode] {
					return &res, err
				}
			}
		}
		time.Sleep(wait)
		wait *= 2
	}
	return nil, errors.New("card payment: retries exhausted")
}
