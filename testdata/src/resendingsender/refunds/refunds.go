// Package refunds returns money to card holders and pays sellers out
// through the shared senders of package sender.
package refunds

import (
	"context"
	"encoding/json"
	"net/http"

	"resendingsender/sender"
)

// Client talks to the acquirer's REST API.
type Client struct {
	hc   *http.Client
	base string
	key  string
}

// Refund returns cents of the transaction txID; refundID names the
// refund in the merchant's books.
func (c *Client) Refund(ctx context.Context, txID string, cents int64, refundID string) error {
	body, _ := json.Marshal(map[string]any{"amount": cents, "currency": "EUR"})
	_, err := sender.Send(ctx, c.hc, sender.Request{ // want `POST /v1/transactions/\{\}/refunds is retried by sender.Send, which sends it again in its for loop \(line \d+\): every non-2xx status is retried, including 400/404/422`
		Method: http.MethodPost,
		URL:    c.base + "/v1/transactions/" + txID + "/refunds",
		Body:   body,
		Headers: map[string]string{
			"Authorization":   "Bearer " + c.key,
			"Idempotency-Key": "refund-" + refundID,
		},
	})
	return err
}

// Payout pays a seller; the request is described first, then sent.
func (c *Client) Payout(ctx context.Context, sellerID string, cents int64) error {
	body, _ := json.Marshal(map[string]any{"amount": cents, "currency": "EUR", "destination": sellerID})
	r := sender.Request{Method: http.MethodPost, URL: c.base + "/v1/payouts", Body: body}
	_, err := sender.Send(ctx, c.hc, r) // want `POST /v1/payouts is retried by sender.Send, which sends it again in its for loop \(line \d+\): every non-2xx status is retried, including 400/404/409/422`
	return err
}

// Capture captures an authorised payment through the method/URL sender.
func (c *Client) Capture(ctx context.Context, paymentID string, cents int64) error {
	body, _ := json.Marshal(map[string]any{"amount": cents})
	_, err := sender.Call(ctx, c.hc, http.MethodPost, c.base+"/v1/payments/"+paymentID+"/capture", body, "capture-"+paymentID) // want `POST /v1/payments/\{\}/capture is retried by sender.Call, which sends it again in its for loop \(line \d+\): every non-2xx status is retried, including 400/404/422`
	return err
}

// RefundTransient: the same refund through the sender that goes round
// only on 408, 429 and 5xx.
func (c *Client) RefundTransient(ctx context.Context, txID string, cents int64, refundID string) error {
	body, _ := json.Marshal(map[string]any{"amount": cents, "currency": "EUR"})
	_, err := sender.SendTransient(ctx, c.hc, sender.Request{
		Method:  http.MethodPost,
		URL:     c.base + "/v1/transactions/" + txID + "/refunds",
		Body:    body,
		Headers: map[string]string{"Idempotency-Key": "refund-" + refundID},
	})
	return err
}

// RefundOnNetworkError: the same refund through the sender that goes
// round only when no answer came back.
func (c *Client) RefundOnNetworkError(ctx context.Context, txID string, cents int64, refundID string) error {
	body, _ := json.Marshal(map[string]any{"amount": cents, "currency": "EUR"})
	resp, err := sender.SendOnNetworkError(ctx, c.hc, sender.Request{
		Method:  http.MethodPost,
		URL:     c.base + "/v1/transactions/" + txID + "/refunds",
		Body:    body,
		Headers: map[string]string{"Idempotency-Key": "refund-" + refundID},
	})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Geocode looks up a seller's address through the sender that retries
// every 4xx: no payment is sent.
func (c *Client) Geocode(ctx context.Context, address string) ([]byte, error) {
	return sender.Send(ctx, c.hc, sender.Request{Method: http.MethodGet, URL: "https://maps.example.com/geocode?q=" + address})
}

// MailReceipt posts a receipt to the mail provider through the same
// sender: an e-mail, not a payment.
func (c *Client) MailReceipt(ctx context.Context, to, text string) error {
	body, _ := json.Marshal(map[string]string{"to": to, "text": text})
	_, err := sender.Send(ctx, c.hc, sender.Request{Method: http.MethodPost, URL: "https://mail.example.com/v3/messages", Body: body})
	return err
}

// RefundStatus reads a refund back through the sender that retries
// every 4xx: a read, left to the poll rules.
func (c *Client) RefundStatus(ctx context.Context, refundID string) ([]byte, error) {
	return sender.Send(ctx, c.hc, sender.Request{Method: http.MethodGet, URL: c.base + "/v1/refunds/" + refundID})
}
