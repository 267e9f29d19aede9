// Package refundstatus holds RabbitMQ consumers that requeue a failed
// refund: the statuses that reach the requeue are sent round again on
// the next delivery.
package refundstatus

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"

	"brokerrequeue/paypalrest"

	amqp "github.com/rabbitmq/amqp091-go"
)

type refundMessage struct {
	CaptureID string `json:"capture_id"`
	RefundID  string `json:"refund_id"`
}

type RefundConsumer struct {
	paypal  *paypalrest.Client
	http    *http.Client
	baseURL string
}

// RequeuesEveryError requeues every error of a client that turns every
// answer >= 400 into one: a 422 (already refunded) goes round forever.
func (c *RefundConsumer) RequeuesEveryError(ctx context.Context, msgs <-chan amqp.Delivery) {
	for d := range msgs {
		var msg refundMessage
		_ = json.Unmarshal(d.Body, &msg)
		err := c.paypal.RefundCapture(ctx, msg.CaptureID)
		if err != nil { // want `RefundCapture .* is retried by the RabbitMQ requeue d.Nack\(false, true\) \(line \d+\): every non-2xx status is retried, including 400/404/409/422`
			log.Printf("refund failed: %v", err)
			d.Nack(false, true)
			continue
		}
		d.Ack(false)
	}
}

// RequeuesNon200 sends the refund itself and requeues every answer but
// 201.
func (c *RefundConsumer) RequeuesNon200(ctx context.Context, d amqp.Delivery) error {
	var msg refundMessage
	if err := json.Unmarshal(d.Body, &msg); err != nil {
		return d.Reject(false)
	}
	url := fmt.Sprintf("%s/v2/payments/captures/%s/refund", c.baseURL, msg.CaptureID)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewBufferString("{}"))
	req.Header.Set("PayPal-Request-Id", msg.RefundID)
	resp, err := c.http.Do(req)
	if err != nil {
		return d.Reject(true)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated { // want `is retried by the RabbitMQ requeue d.Reject\(true\) .*including 400/404/422`
		return d.Reject(true)
	}
	return d.Ack(false)
}

// ---- look-alikes: silent ----

// RequeuesTransient requeues a lost answer, 429 and 5xx only, and
// dead-letters every other refusal.
func (c *RefundConsumer) RequeuesTransient(ctx context.Context, d amqp.Delivery) error {
	var msg refundMessage
	_ = json.Unmarshal(d.Body, &msg)
	url := fmt.Sprintf("%s/v2/payments/captures/%s/refund", c.baseURL, msg.CaptureID)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewBufferString("{}"))
	req.Header.Set("PayPal-Request-Id", msg.RefundID)
	resp, err := c.http.Do(req)
	if err != nil {
		return d.Nack(false, true)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
		return d.Nack(false, true)
	}
	if resp.StatusCode >= 400 {
		return d.Nack(false, false)
	}
	return d.Ack(false)
}

// RequeuesTransportOnly requeues only when no answer came.
func (c *RefundConsumer) RequeuesTransportOnly(ctx context.Context, d amqp.Delivery) error {
	var msg refundMessage
	_ = json.Unmarshal(d.Body, &msg)
	url := fmt.Sprintf("%s/v2/payments/captures/%s/refund", c.baseURL, msg.CaptureID)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewBufferString("{}"))
	req.Header.Set("PayPal-Request-Id", msg.RefundID)
	resp, err := c.http.Do(req)
	if err != nil {
		return d.Nack(false, true)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		log.Printf("refund %s refused: %d", msg.RefundID, resp.StatusCode)
		return d.Nack(false, false)
	}
	return d.Ack(false)
}

// RequeuesRetryableClass reads the client's *APIError and requeues only
// 429 and 5xx.
func (c *RefundConsumer) RequeuesRetryableClass(ctx context.Context, msgs <-chan amqp.Delivery) {
	for d := range msgs {
		var msg refundMessage
		_ = json.Unmarshal(d.Body, &msg)
		err := c.paypal.RefundCaptureOnce(ctx, msg.CaptureID, msg.RefundID)
		var apiErr *paypalrest.APIError
		if errors.As(err, &apiErr) && apiErr.Status < 500 && apiErr.Status != 429 {
			d.Nack(false, false)
			continue
		}
		if err != nil {
			d.Nack(false, true)
			continue
		}
		d.Ack(false)
	}
}

// DeadLetters never requeues.
func (c *RefundConsumer) DeadLetters(ctx context.Context, msgs <-chan amqp.Delivery) {
	for d := range msgs {
		var msg refundMessage
		_ = json.Unmarshal(d.Body, &msg)
		if err := c.paypal.RefundCapture(ctx, msg.CaptureID); err != nil {
			d.Nack(false, false)
			continue
		}
		d.Ack(false)
	}
}
