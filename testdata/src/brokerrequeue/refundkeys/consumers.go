// Package refundkeys holds RabbitMQ consumers that refund or pay out on
// each message: a message handed back with requeue=true is delivered
// again, so the payment call runs again on the next delivery.
package refundkeys

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log"
	"net/http"

	"brokerrequeue/paypalrest"

	"github.com/google/uuid"
	amqp "github.com/rabbitmq/amqp091-go"
)

type refundMessage struct {
	OrderID   string `json:"order_id"`
	CaptureID string `json:"capture_id"`
	RefundID  string `json:"refund_id"`
}

type RefundConsumer struct {
	ch     *amqp.Channel
	paypal *paypalrest.Client
}

// Refunds requeues a failed refund: the next delivery refunds again with
// no PayPal-Request-Id.
func (c *RefundConsumer) Refunds(ctx context.Context) error {
	msgs, err := c.ch.Consume("order_refund", "", false, false, false, false, nil)
	if err != nil {
		return err
	}
	for d := range msgs {
		var msg refundMessage
		if err := json.Unmarshal(d.Body, &msg); err != nil {
			d.Ack(false)
			continue
		}
		if err := c.paypal.RefundCapture(ctx, msg.CaptureID); err != nil { // want `RefundCapture .* is retried by the RabbitMQ requeue d.Nack\(false, true\) \(line \d+\) without an idempotency key: .*take the key from the message's payload or id`
			log.Printf("refund of order %s failed: %v", msg.OrderID, err)
			d.Nack(false, true)
			continue
		}
		d.Ack(false)
	}
	return nil
}

// RefundsByTag hands the message back through its channel, by tag, from
// a consumer goroutine.
func (c *RefundConsumer) RefundsByTag(ctx context.Context) error {
	msgs, err := c.ch.Consume("order_refund", "", false, false, false, false, nil)
	if err != nil {
		return err
	}
	go func() {
		for d := range msgs {
			var msg refundMessage
			_ = json.Unmarshal(d.Body, &msg)
			err := c.paypal.RefundCapture(ctx, msg.CaptureID) // want `is retried by the RabbitMQ requeue c.ch.Nack\(d.DeliveryTag, false, true\) .*without an idempotency key`
			if err != nil {
				c.ch.Nack(d.DeliveryTag, false, true)
				continue
			}
			c.ch.Ack(d.DeliveryTag, false)
		}
	}()
	return nil
}

type payoutMessage struct {
	PayoutID  string `json:"payout_id"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	Recipient string `json:"recipient"`
}

type PayoutWorker struct {
	baseURL string
	http    *http.Client
}

// Run hands each delivery to handle.
func (w *PayoutWorker) Run(ctx context.Context, msgs <-chan amqp.Delivery) {
	for d := range msgs {
		w.handle(ctx, d)
	}
}

// handle makes a new Idempotency-Key on every delivery and rejects a
// failed payout with requeue=true: the next delivery is a new payout.
func (w *PayoutWorker) handle(ctx context.Context, d amqp.Delivery) {
	var msg payoutMessage
	if err := json.Unmarshal(d.Body, &msg); err != nil {
		d.Reject(false)
		return
	}
	body, _ := json.Marshal(map[string]any{"amount": msg.Amount, "currency": msg.Currency, "recipient": msg.Recipient})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, w.baseURL+"/v1/payouts", bytes.NewReader(body))
	req.Header.Set("Idempotency-Key", uuid.NewString())
	resp, err := w.http.Do(req) // want `is retried by the RabbitMQ requeue d.Reject\(true\) \(line \d+\) with an idempotency key made anew on every attempt`
	if err != nil {
		d.Reject(true)
		return
	}
	defer resp.Body.Close()
	d.Ack(false)
}

// ---- look-alikes: silent ----

// DeadLetters drops a failed refund to the dead-letter exchange: no
// redelivery.
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

// Rejects rejects a failed refund without requeue.
func (c *RefundConsumer) Rejects(ctx context.Context, msgs <-chan amqp.Delivery) {
	for d := range msgs {
		var msg refundMessage
		_ = json.Unmarshal(d.Body, &msg)
		if err := c.paypal.RefundCapture(ctx, msg.CaptureID); err != nil {
			d.Reject(false)
			continue
		}
		d.Ack(false)
	}
}

// LogsAndAcks logs a failed refund and acknowledges the message: an
// operator settles it.
func (c *RefundConsumer) LogsAndAcks(ctx context.Context, msgs <-chan amqp.Delivery) {
	for d := range msgs {
		var msg refundMessage
		_ = json.Unmarshal(d.Body, &msg)
		if err := c.paypal.RefundCapture(ctx, msg.CaptureID); err != nil {
			log.Printf("refund of order %s failed, left to support: %v", msg.OrderID, err)
		}
		d.Ack(false)
	}
}

// RequeuesOnce requeues a failed refund only on its first delivery
// (a computed flag: not read).
func (c *RefundConsumer) RequeuesOnce(ctx context.Context, msgs <-chan amqp.Delivery) {
	for d := range msgs {
		var msg refundMessage
		_ = json.Unmarshal(d.Body, &msg)
		if err := c.paypal.RefundCapture(ctx, msg.CaptureID); err != nil {
			d.Nack(false, !d.Redelivered)
			continue
		}
		d.Ack(false)
	}
}

// RequeuesKeyed requeues only a failure PayPal may still answer (a lost
// answer, 429, 5xx) and sends the refund row's id as PayPal-Request-Id:
// a redelivery is the same refund.
func (c *RefundConsumer) RequeuesKeyed(ctx context.Context, msgs <-chan amqp.Delivery) {
	for d := range msgs {
		var msg refundMessage
		if err := json.Unmarshal(d.Body, &msg); err != nil {
			d.Reject(false)
			continue
		}
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

// RequeuesKeyedByMessageID takes the key from the message's id.
func (c *RefundConsumer) RequeuesKeyedByMessageID(ctx context.Context, msgs <-chan amqp.Delivery) {
	for d := range msgs {
		var msg refundMessage
		_ = json.Unmarshal(d.Body, &msg)
		if err := c.paypal.RefundCaptureOnce(ctx, msg.CaptureID, d.MessageId); err != nil {
			d.Nack(false, true)
			continue
		}
		d.Ack(false)
	}
}

type receiptMessage struct {
	To      string `json:"to"`
	Subject string `json:"subject"`
	Text    string `json:"text"`
}

// Receipts mails receipts and requeues a failed send: no payment.
func Receipts(ctx context.Context, hc *http.Client, msgs <-chan amqp.Delivery) {
	for d := range msgs {
		var msg receiptMessage
		_ = json.Unmarshal(d.Body, &msg)
		body, _ := json.Marshal(msg)
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.mailer.example/v3/mail/send", bytes.NewReader(body))
		resp, err := hc.Do(req)
		if err != nil {
			d.Nack(false, true)
			continue
		}
		resp.Body.Close()
		d.Ack(false)
	}
}
