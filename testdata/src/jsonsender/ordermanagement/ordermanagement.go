// Package ordermanagement captures and refunds pay-later orders
// through the shared JSON senders of package partnerapi.
package ordermanagement

import (
	"context"
	"net/http"

	"jsonsender/partnerapi"
)

// Client talks to the pay-later provider's order management API.
type Client struct {
	hc   *http.Client
	base string
	auth string
}

// Capture captures the authorised amount of an order once it ships.
func (c *Client) Capture(ctx context.Context, orderID string, amount int64, captureRef string) error {
	return partnerapi.Send(ctx, c.hc, partnerapi.Request{ // want `POST /ordermanagement/v1/orders/\{\}/captures is retried by partnerapi.Send, which sends it again in its for loop \(line \d+\): every non-2xx status is retried, including 400/404/422`
		Method: http.MethodPost,
		URL:    c.base + "/ordermanagement/v1/orders/" + orderID + "/captures",
		Body:   map[string]any{"captured_amount": amount, "description": "Shipped"},
		Headers: map[string]string{
			"Authorization":   c.auth,
			"Idempotency-Key": "capture-" + captureRef,
		},
	})
}

// refundBody is the refund request of the order management API.
type refundBody struct {
	RefundedAmount int64  `json:"refunded_amount"`
	Reference      string `json:"reference"`
}

// Refund is the provider's answer to a refund.
type Refund struct {
	RefundID string `json:"refund_id"`
}

// Refund returns part of a captured order, decoding the provider's
// answer into the refund.
func (c *Client) Refund(ctx context.Context, orderID string, amount int64, ref string) (*Refund, error) {
	var out Refund
	req := partnerapi.Request{
		Method:  http.MethodPost,
		URL:     c.base + "/ordermanagement/v1/orders/" + orderID + "/refunds",
		Body:    refundBody{RefundedAmount: amount, Reference: ref},
		Headers: map[string]string{"Authorization": c.auth, "Idempotency-Key": "refund-" + ref},
		Out:     &out,
	}
	if err := partnerapi.Send(ctx, c.hc, req); err != nil { // want `POST /ordermanagement/v1/orders/\{\}/refunds is retried by partnerapi.Send, which sends it again in its for loop \(line \d+\): every non-2xx status is retried, including 400/404/422`
		return nil, err
	}
	return &out, nil
}

// CaptureTransient captures through the sender that tries again only
// on 429, 5xx and network errors: silent.
func (c *Client) CaptureTransient(ctx context.Context, orderID string, amount int64, captureRef string) error {
	return partnerapi.SendTransient(ctx, c.hc, partnerapi.Request{
		Method:  http.MethodPost,
		URL:     c.base + "/ordermanagement/v1/orders/" + orderID + "/captures",
		Body:    map[string]any{"captured_amount": amount},
		Headers: map[string]string{"Authorization": c.auth, "Idempotency-Key": "capture-" + captureRef},
	})
}

// RefundUntilBody refunds through the sender whose round depends on the
// body it read: silent.
func (c *Client) RefundUntilBody(ctx context.Context, orderID string, amount int64, ref string) (*Refund, error) {
	var out Refund
	err := partnerapi.SendUntilBody(ctx, c.hc, partnerapi.Request{
		Method:  http.MethodPost,
		URL:     c.base + "/ordermanagement/v1/orders/" + orderID + "/refunds",
		Body:    refundBody{RefundedAmount: amount, Reference: ref},
		Headers: map[string]string{"Idempotency-Key": "refund-" + ref},
		Out:     &out,
	})
	return &out, err
}

// Order is the order management view of an order.
type Order struct {
	OrderID string `json:"order_id"`
	Status  string `json:"status"`
}

// Order reads an order through the sender that sends every failure
// round: a read, silent.
func (c *Client) Order(ctx context.Context, orderID string) (*Order, error) {
	var o Order
	err := partnerapi.Send(ctx, c.hc, partnerapi.Request{
		Method:  http.MethodGet,
		URL:     c.base + "/ordermanagement/v1/orders/" + orderID,
		Headers: map[string]string{"Authorization": c.auth},
		Out:     &o,
	})
	return &o, err
}

// Sale is one line of the accounting system's sales journal.
type Sale struct {
	Reference string `json:"reference"`
	Cents     int64  `json:"amount_cents"`
	Currency  string `json:"currency"`
}

// RecordSale pushes a captured order to the accounting system's sales
// journal through the sender that sends every failure round: a line in
// the merchant's books moves no money, silent.
func (c *Client) RecordSale(ctx context.Context, booksURL string, s Sale) error {
	return partnerapi.Send(ctx, c.hc, partnerapi.Request{
		Method: http.MethodPost,
		URL:    booksURL + "/api/v2/sales-journal",
		Body:   s,
	})
}
