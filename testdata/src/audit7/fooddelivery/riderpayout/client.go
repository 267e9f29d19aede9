package riderpayout

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

type Client struct {
	base, key, secret, account string
	hc                         *http.Client
}

func NewClient(base, key, secret, account string) *Client {
	return &Client{base: base, key: key, secret: secret, account: account, hc: http.DefaultClient}
}

func (c *Client) post(ctx context.Context, idemKey string, body payoutBody) (*http.Response, error) {
	raw, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/payouts", bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.key, c.secret)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Payout-Idempotency", idemKey)
	return c.hc.Do(req)
}

// PayRider sends a rider's weekly earnings. The payout row id is the key.
func (c *Client) PayRider(ctx context.Context, p Payout) error {
	body := payoutBody{c.account, p.FundAccount, p.AmountPaise, "INR", "IMPS", "payout", p.ID}
	for attempt := 1; attempt <= 5; attempt++ {
		res, err := c.post(ctx, "rider-"+p.ID, body) // want "\\[retrybackoff\\] riderpayout.Client.post \\(POST /v1/payouts\\) is retried by a for loop \\(line 37\\) every 200ms"
		if err == nil {
			res.Body.Close()
			if res.StatusCode < 500 {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("payout %s: gateway unavailable", p.ID)
}

// PayRestaurant settles a restaurant's daily bill.
func (c *Client) PayRestaurant(ctx context.Context, p Payout) error {
	body := payoutBody{c.account, p.FundAccount, p.AmountPaise, "INR", "NEFT", "vendor bill", p.ID}
	backoff := 2 * time.Second
	for attempt := 0; attempt < 4; attempt++ {
		key := p.ID + "-" + strconv.FormatInt(time.Now().Unix(), 10)
		res, err := c.post(ctx, key, body)      // want "\\[idempotency\\] riderpayout.Client.post \\(POST /v1/payouts\\) is retried by a for loop \\(line 54\\) with an idempotency key made anew on every attempt"
		if err == nil && res.StatusCode < 300 { // want "\\[retrystatus\\] riderpayout.Client.post \\(POST /v1/payouts\\) is retried by a for loop \\(line 54\\): every non-2xx status is retried"
			res.Body.Close()
			return nil
		}
		if err == nil {
			res.Body.Close()
		}
		time.Sleep(backoff)
		backoff *= 2
	}
	return fmt.Errorf("restaurant payout %s failed", p.ID)
}
