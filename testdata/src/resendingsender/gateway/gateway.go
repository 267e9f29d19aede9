// Package gateway is a card gateway's client whose calls all go through
// one internal sender, handed a description of each request.
package gateway

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

type call struct {
	method string
	path   string
	body   []byte
	header map[string]string
}

// Client is the gateway's client.
type Client struct {
	hc   *http.Client
	base string
}

// send sends c, and again on every answer that is not 2xx, waiting a
// little longer each time.
func (cl *Client) send(ctx context.Context, c *call) ([]byte, error) {
	wait := 500 * time.Millisecond
	var last error
	for i := 0; i < 5; i++ {
		req, err := http.NewRequestWithContext(ctx, c.method, cl.base+c.path, bytes.NewReader(c.body))
		if err != nil {
			return nil, err
		}
		for k, v := range c.header {
			req.Header.Set(k, v)
		}
		resp, err := cl.hc.Do(req)
		if err != nil {
			last = err
		} else {
			data, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode >= 200 && resp.StatusCode < 300 { // want `POST /v2/charges is retried by gateway.Client.send, which sends it again in its for loop \(line \d+\): every non-2xx status is retried, including 400/404/422`
				return data, nil
			}
			last = fmt.Errorf("gateway: %d %s", resp.StatusCode, data)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return nil, last
}

// Charge charges a saved card; orderID keys the charge.
func (cl *Client) Charge(ctx context.Context, card string, cents int64, orderID string) error {
	body, _ := json.Marshal(map[string]any{"card": card, "amount": cents, "currency": "USD"})
	_, err := cl.send(ctx, &call{method: http.MethodPost, path: "/v2/charges", body: body,
		header: map[string]string{"Idempotency-Key": "charge-" + orderID}})
	return err
}

// Refund refunds a charge through the same sender: its condition is
// reported once, at the sender.
func (cl *Client) Refund(ctx context.Context, chargeID string, cents int64) error {
	body, _ := json.Marshal(map[string]any{"amount": cents})
	_, err := cl.send(ctx, &call{method: http.MethodPost, path: "/v2/charges/" + chargeID + "/refunds", body: body,
		header: map[string]string{"Idempotency-Key": "refund-" + chargeID}})
	return err
}
