// Package recovery409 follows the Hilt recovery pattern: on 409 (the same
// key is in flight or was used) re-read the payment with the same key,
// never create another one.
package recovery409

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

type Payment struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type Client struct {
	HTTP *http.Client
	Base string
}

// Confirm posts the confirmation once per attempt with the same key; on 409
// it reads the current state instead of replaying.
func (c *Client) Confirm(ctx context.Context, paymentID, key string) (*Payment, error) {
	body, _ := json.Marshal(map[string]string{"payment_id": paymentID})
	for attempt := 0; attempt < 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/pay/confirm", bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.HTTP.Do(req)
		if err != nil {
			time.Sleep(time.Duration(attempt+1) * time.Second)
			continue
		}
		var p Payment
		switch resp.StatusCode {
		case http.StatusOK, http.StatusCreated:
			err = json.NewDecoder(resp.Body).Decode(&p)
			resp.Body.Close()
			return &p, err
		case http.StatusConflict:
			resp.Body.Close()
			return c.get(ctx, paymentID)
		default:
			resp.Body.Close()
			time.Sleep(time.Duration(attempt+1) * time.Second)
		}
	}
	return nil, errors.New("confirm: giving up")
}

func (c *Client) get(ctx context.Context, id string) (*Payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+"/v1/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p Payment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}

// CreateOrRecover creates the payment with a key from the order; a 409 means
// an earlier attempt is in flight, so it waits and reads that payment.
func (c *Client) CreateOrRecover(ctx context.Context, orderID string, amount int64) (*Payment, error) {
	key := "order-" + orderID
	body, _ := json.Marshal(map[string]any{"order_id": orderID, "amount": amount})
	for attempt := 1; ; attempt++ {
		if attempt > 5 {
			return nil, fmt.Errorf("order %s: payment not created", orderID)
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.HTTP.Do(req)
		if err != nil {
			time.Sleep(2 * time.Second)
			continue
		}
		var p Payment
		_ = json.NewDecoder(resp.Body).Decode(&p)
		resp.Body.Close()
		if resp.StatusCode == http.StatusConflict {
			time.Sleep(3 * time.Second)
			continue
		}
		if resp.StatusCode >= 500 {
			time.Sleep(2 * time.Second)
			continue
		}
		return &p, nil
	}
}
