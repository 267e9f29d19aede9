// Package consumers pays sellers from a RabbitMQ queue: each message is
// tried a few times in the consumer, then handed back to the broker or
// parked for later.
package consumers

import (
	"context"
	"encoding/json"
	"time"

	amqp "github.com/rabbitmq/amqp091-go"

	"requeueafterretries/payoutclient"
)

type Payouts struct {
	ch     *amqp.Channel
	client *payoutclient.Client
}

// ---- mistakes: reported ----

// handle retries the payout three times, then requeues it: RabbitMQ
// delivers it again at once, and the three attempts start over.
func (p *Payouts) handle(ctx context.Context, d amqp.Delivery) {
	var msg payoutclient.Payout
	if err := json.Unmarshal(d.Body, &msg); err != nil {
		_ = d.Reject(false)
		return
	}
	err := payoutclient.WithRetries(ctx, 3, func(ctx context.Context) error {
		return p.client.Send(ctx, msg)
	})
	if err != nil {
		_ = d.Nack(false, true) // want `payoutclient.Client.Send \(POST /v1/payouts\) is retried by payoutclient.WithRetries \(line \d+\) and, once that gives up, by the RabbitMQ requeue d.Nack\(false, true\) with no wait before the next delivery`
		return
	}
	_ = d.Ack(false)
}

// RunCounted tries each payout in a counted loop, waiting before every
// attempt but the first, and rejects it with requeue=true when the loop
// gives up: nothing waits after the last attempt.
func (p *Payouts) RunCounted(ctx context.Context, msgs <-chan amqp.Delivery) {
	for d := range msgs {
		var msg payoutclient.Payout
		_ = json.Unmarshal(d.Body, &msg)
		var err error
		for attempt := 0; attempt < 3; attempt++ {
			if attempt > 0 {
				time.Sleep(time.Duration(attempt) * time.Second)
			}
			if err = p.client.Send(ctx, msg); err == nil {
				break
			}
		}
		if err != nil {
			_ = d.Reject(true) // want `is retried by a for loop \(line \d+\) and, once that gives up, by the RabbitMQ requeue d.Reject\(true\) with no wait before the next delivery`
			continue
		}
		_ = d.Ack(false)
	}
}

// ---- look-alikes: silent ----

// handleThenWait waits before handing the message back.
func (p *Payouts) handleThenWait(ctx context.Context, d amqp.Delivery) {
	var msg payoutclient.Payout
	_ = json.Unmarshal(d.Body, &msg)
	err := payoutclient.WithRetries(ctx, 3, func(ctx context.Context) error {
		return p.client.Send(ctx, msg)
	})
	if err != nil {
		time.Sleep(30 * time.Second)
		_ = d.Nack(false, true)
		return
	}
	_ = d.Ack(false)
}

// handleDelayed republishes a failed payout to a delayed-message exchange
// with an x-delay header growing with the attempt, and acks the original.
func (p *Payouts) handleDelayed(ctx context.Context, d amqp.Delivery) {
	var msg payoutclient.Payout
	_ = json.Unmarshal(d.Body, &msg)
	err := payoutclient.WithRetries(ctx, 3, func(ctx context.Context) error {
		return p.client.Send(ctx, msg)
	})
	if err != nil {
		tries, _ := d.Headers["x-tries"].(int32)
		_ = p.ch.PublishWithContext(ctx, "payouts.delayed", d.RoutingKey, false, false, amqp.Publishing{
			Headers: amqp.Table{"x-delay": int64(30000) << tries, "x-tries": tries + 1},
			Body:    d.Body,
		})
	}
	_ = d.Ack(false)
}

// handleDeadLetter rejects without requeue: the queue's dead-letter
// exchange parks the message in a retry queue with a TTL.
func (p *Payouts) handleDeadLetter(ctx context.Context, d amqp.Delivery) {
	var msg payoutclient.Payout
	_ = json.Unmarshal(d.Body, &msg)
	err := payoutclient.WithRetries(ctx, 3, func(ctx context.Context) error {
		return p.client.Send(ctx, msg)
	})
	if err != nil {
		_ = d.Reject(false)
		return
	}
	_ = d.Ack(false)
}

// handleUntilShutdown retries until the consumer's context ends and
// hands the message back only then, for another consumer to take.
func (p *Payouts) handleUntilShutdown(ctx context.Context, d amqp.Delivery) {
	var msg payoutclient.Payout
	_ = json.Unmarshal(d.Body, &msg)
	err := payoutclient.UntilDone(ctx, func(ctx context.Context) error {
		return p.client.Send(ctx, msg)
	})
	if err != nil {
		_ = d.Nack(false, true)
		return
	}
	_ = d.Ack(false)
}
