// Package refundpace holds RabbitMQ consumers that requeue a failed
// refund: RabbitMQ delivers a requeued message again at once, so nothing
// paces the next attempt unless the consumer waits or delays it.
package refundpace

import (
	"context"
	"encoding/json"
	"log"
	"time"

	"brokerrequeue/paypalrest"

	amqp "github.com/rabbitmq/amqp091-go"
)

type refundMessage struct {
	CaptureID string `json:"capture_id"`
	RefundID  string `json:"refund_id"`
}

type RefundConsumer struct {
	ch     *amqp.Channel
	paypal *paypalrest.Client
}

// RequeuesAtOnce requeues a failed refund with nothing in between: a hot
// loop against PayPal while it fails.
func (c *RefundConsumer) RequeuesAtOnce(ctx context.Context, msgs <-chan amqp.Delivery) {
	for d := range msgs {
		var msg refundMessage
		_ = json.Unmarshal(d.Body, &msg)
		if err := c.paypal.RefundCaptureOnce(ctx, msg.CaptureID, msg.RefundID); err != nil { // want `RefundCaptureOnce .* is retried by the RabbitMQ requeue d.Nack\(false, true\) \(line \d+\) with no wait between attempts: RabbitMQ delivers a requeued message again at once`
			log.Printf("refund %s failed: %v", msg.RefundID, err)
			d.Nack(false, true)
			continue
		}
		d.Ack(false)
	}
}

// handle is given one delivery and rejects a failed refund with
// requeue=true.
func (c *RefundConsumer) handle(ctx context.Context, d amqp.Delivery) error {
	var msg refundMessage
	if err := json.Unmarshal(d.Body, &msg); err != nil {
		return d.Reject(false)
	}
	if err := c.paypal.RefundCaptureOnce(ctx, msg.CaptureID, msg.RefundID); err != nil { // want `is retried by the RabbitMQ requeue d.Reject\(true\) \(line \d+\) with no wait between attempts`
		return d.Reject(true)
	}
	return d.Ack(false)
}

// ---- look-alikes: silent ----

// WaitsThenRequeues waits two seconds before handing the message back.
func (c *RefundConsumer) WaitsThenRequeues(ctx context.Context, msgs <-chan amqp.Delivery) {
	for d := range msgs {
		var msg refundMessage
		_ = json.Unmarshal(d.Body, &msg)
		if err := c.paypal.RefundCaptureOnce(ctx, msg.CaptureID, msg.RefundID); err != nil {
			time.Sleep(2 * time.Second)
			d.Nack(false, true)
			continue
		}
		d.Ack(false)
	}
}

// DeadLetters hands a failed refund to the dead-letter exchange, whose
// queue's TTL sends it back later: no requeue.
func (c *RefundConsumer) DeadLetters(ctx context.Context, msgs <-chan amqp.Delivery) {
	for d := range msgs {
		var msg refundMessage
		_ = json.Unmarshal(d.Body, &msg)
		if err := c.paypal.RefundCaptureOnce(ctx, msg.CaptureID, msg.RefundID); err != nil {
			d.Reject(false)
			continue
		}
		d.Ack(false)
	}
}

// AutoAcked consumes with autoAck: the broker settled each message on
// receipt, so no Nack hands it back.
func (c *RefundConsumer) AutoAcked(ctx context.Context) error {
	msgs, err := c.ch.Consume("order_refund", "", true, false, false, false, nil)
	if err != nil {
		return err
	}
	for d := range msgs {
		var msg refundMessage
		_ = json.Unmarshal(d.Body, &msg)
		if err := c.paypal.RefundCaptureOnce(ctx, msg.CaptureID, msg.RefundID); err != nil {
			d.Nack(false, true)
		}
	}
	return nil
}

type mailMessage struct {
	To string `json:"to"`
}

// Mails requeues a failed mail at once: no payment.
func Mails(msgs <-chan amqp.Delivery, send func(to string) error) {
	for d := range msgs {
		var msg mailMessage
		_ = json.Unmarshal(d.Body, &msg)
		if err := send(msg.To); err != nil {
			d.Nack(false, true)
			continue
		}
		d.Ack(false)
	}
}
