// Package disbursements pays out loans through the bank's API with a
// sender of its own that sends a request again when no answer came back
// or the bank answered 5xx, waiting longer each time.
package disbursements

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

type request struct {
	method string
	path   string
	body   []byte
	header map[string]string
}

// Client is the bank's client.
type Client struct {
	hc   *http.Client
	base string
}

func (c *Client) send(ctx context.Context, r request) ([]byte, error) {
	wait := time.Second
	var last error
	for i := 0; i < 4; i++ {
		req, err := http.NewRequestWithContext(ctx, r.method, c.base+r.path, bytes.NewReader(r.body))
		if err != nil {
			return nil, err
		}
		for k, v := range r.header {
			req.Header.Set(k, v)
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			last = err
		} else {
			data, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode < 500 {
				if resp.StatusCode >= 300 {
					return nil, fmt.Errorf("bank: %d %s", resp.StatusCode, data)
				}
				return data, nil
			}
			last = fmt.Errorf("bank: %d", resp.StatusCode)
		}
		time.Sleep(wait)
		wait *= 2
	}
	return nil, last
}

// Disburse pays a loan out, keyed by the loan id.
func (c *Client) Disburse(ctx context.Context, loanID, account string, cents int64) error {
	body, _ := json.Marshal(map[string]any{"amount": cents, "currency": "EUR", "account": account})
	_, err := c.send(ctx, request{method: http.MethodPost, path: "/v1/disbursements", body: body,
		header: map[string]string{"Idempotency-Key": "loan-" + loanID}})
	return err
}

// Refund returns a borrower's overpayment with no key: send's next
// attempt after a lost answer refunds again.
func (c *Client) Refund(ctx context.Context, loanID, account string, cents int64) error {
	body, _ := json.Marshal(map[string]any{"amount": cents, "currency": "EUR", "account": account, "loan": loanID})
	_, err := c.send(ctx, request{method: http.MethodPost, path: "/v1/refunds", body: body}) // want `POST /v1/refunds is retried by disbursements.Client.send, which sends it again in its for loop \(line \d+\) without an idempotency key`
	return err
}

// Balance reads the loan account's balance through the same sender.
func (c *Client) Balance(ctx context.Context, account string) ([]byte, error) {
	return c.send(ctx, request{method: http.MethodGet, path: "/v1/accounts/" + account + "/balance"})
}
