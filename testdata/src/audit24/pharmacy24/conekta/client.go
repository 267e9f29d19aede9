// Package conekta wraps the parts of Conekta's REST API the Mexico store uses
// (orders paid by card or as OXXO cash vouchers).
package conekta

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/go-resty/resty/v2"
)

type LineItem struct {
	Name      string `json:"name"`
	UnitPrice int64  `json:"unit_price"`
	Quantity  int    `json:"quantity"`
}

type OrderRequest struct {
	Currency     string            `json:"currency"`
	CustomerInfo map[string]string `json:"customer_info"`
	LineItems    []LineItem        `json:"line_items"`
	Charges      []map[string]any  `json:"charges"`
	Metadata     map[string]string `json:"metadata"`
}

type Order struct {
	ID            string `json:"id"`
	PaymentStatus string `json:"payment_status"`
	Amount        int64  `json:"amount"`
	Charges       struct {
		Data []struct {
			ID            string `json:"id"`
			Status        string `json:"status"`
			PaymentMethod struct {
				Reference string `json:"reference"`
				ExpiresAt int64  `json:"expires_at"`
			} `json:"payment_method"`
		} `json:"data"`
	} `json:"charges"`
}

type Client struct {
	rc *resty.Client
}

func New(baseURL, privateKey string) *Client {
	rc := resty.New().
		SetBaseURL(baseURL).
		SetAuthToken(privateKey).
		SetHeader("Accept", "application/vnd.conekta-v2.1.0+json").
		SetTimeout(20 * time.Second).
		SetRetryCount(3).
		SetRetryWaitTime(2 * time.Second).
		SetRetryMaxWaitTime(20 * time.Second)
	rc.AddRetryCondition(func(r *resty.Response, err error) bool {
		return err != nil || r.StatusCode() >= http.StatusBadRequest // want "\\[retrystatus\\] payment requests are retried by the resty client's retry condition \\(line"
	})
	return &Client{rc: rc}
}

// CreateOrder creates an order with its charge; key makes the create safe to
// send again.
func (c *Client) CreateOrder(ctx context.Context, key string, req OrderRequest) (*Order, error) {
	var out Order
	resp, err := c.rc.R().
		SetContext(ctx).
		SetHeader("Idempotency-Key", key).
		SetBody(req).
		SetResult(&out).
		Post("/orders")
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("conekta: create order: %s", resp.Status())
	}
	return &out, nil
}

func (c *Client) GetOrder(ctx context.Context, id string) (*Order, error) {
	var out Order
	resp, err := c.rc.R().SetContext(ctx).SetResult(&out).Get("/orders/" + id)
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("conekta: get order %s: %s", id, resp.Status())
	}
	return &out, nil
}
