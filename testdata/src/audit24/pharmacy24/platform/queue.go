package platform

import (
	"context"
	"time"

	amqp "github.com/rabbitmq/amqp091-go"
)

// Queue publishes small jobs to RabbitMQ.
type Queue struct {
	ch       *amqp.Channel
	exchange string
}

func NewQueue(ch *amqp.Channel, exchange string) *Queue { return &Queue{ch: ch, exchange: exchange} }

func (q *Queue) Publish(ctx context.Context, key string, body []byte) error {
	return q.ch.PublishWithContext(ctx, q.exchange, key, false, false, amqp.Publishing{
		ContentType:  "application/json",
		DeliveryMode: 2,
		Timestamp:    time.Now(),
		Body:         body,
	})
}
