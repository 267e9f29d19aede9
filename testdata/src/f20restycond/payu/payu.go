// Package payu is a merchant's resty client for a card gateway whose
// client retries every error answer.
package payu

import (
	"context"
	"net/http"
	"time"

	"github.com/go-resty/resty/v2"
)

// API is the gateway client; its resty client lives in a field.
type API struct {
	rest *resty.Client
}

// retryAnyError retries every answer resty calls an error: 4xx included.
func retryAnyError(r *resty.Response, err error) bool {
	if err != nil {
		return true
	}
	return r.IsError() // want `payment requests are retried by the resty client's retry condition \(line 19\): every non-2xx status is retried`
}

// NewAPI configures the client on the field.
func NewAPI(key string) *API {
	a := &API{rest: resty.New().SetBaseURL("https://secure.payu.example/api/v2_1").SetAuthToken(key)}
	a.rest.SetRetryCount(3).SetRetryWaitTime(2 * time.Second)
	a.rest.AddRetryCondition(retryAnyError)
	return a
}

// Order is a gateway order.
type Order struct {
	OrderID string `json:"orderId"`
	Status  string `json:"status"`
}

// CreateOrder opens an order to be paid.
func (a *API) CreateOrder(ctx context.Context, extOrderID string, amount int64) (*Order, error) {
	var o Order
	_, err := a.rest.R().SetContext(ctx).SetBody(map[string]any{"extOrderId": extOrderID, "totalAmount": amount}).SetResult(&o).Post("/orders")
	return &o, err
}

// Refunds is a second client built in one chain, retrying unless 200.
var Refunds = resty.New().SetBaseURL("https://secure.payu.example/api/v2_1").SetRetryCount(2).
	AddRetryCondition(func(r *resty.Response, err error) bool { return err != nil || r.StatusCode() != http.StatusOK }) // want `resty client's retry condition \(line 49\): every non-2xx status is retried`

// Refund refunds an order through the chain-built client.
func Refund(ctx context.Context, orderID string, amount int64) error {
	_, err := Refunds.R().SetContext(ctx).SetBody(map[string]any{"refund": map[string]any{"amount": amount}}).Post("/orders/" + orderID + "/refunds")
	return err
}
