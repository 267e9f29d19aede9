// Package amqp091 is a stub of github.com/rabbitmq/amqp091-go (checked at
// v1.11.0, delivery.go and channel.go): the names and signatures paylint
// reads, bodies trivial.
package amqp091

import "time"

// Table is the header and argument table.
type Table map[string]any

// Acknowledger settles deliveries by tag (a *Channel).
type Acknowledger interface {
	Ack(tag uint64, multiple bool) error
	Nack(tag uint64, multiple, requeue bool) error
	Reject(tag uint64, requeue bool) error
}

// Delivery is one message handed to a consumer.
type Delivery struct {
	Acknowledger Acknowledger

	Headers Table

	ContentType     string
	ContentEncoding string
	DeliveryMode    uint8
	Priority        uint8
	CorrelationId   string
	ReplyTo         string
	Expiration      string
	MessageId       string
	Timestamp       time.Time
	Type            string
	UserId          string
	AppId           string

	ConsumerTag  string
	MessageCount uint32

	DeliveryTag uint64
	Redelivered bool
	Exchange    string
	RoutingKey  string

	Body []byte
}

func (d Delivery) Ack(multiple bool) error           { return nil }
func (d Delivery) Reject(requeue bool) error         { return nil }
func (d Delivery) Nack(multiple, requeue bool) error { return nil }

// Connection is a connection to a broker.
type Connection struct{}

func Dial(url string) (*Connection, error)       { return &Connection{}, nil }
func (c *Connection) Channel() (*Channel, error) { return &Channel{}, nil }
func (c *Connection) Close() error               { return nil }

// Queue is a declared queue.
type Queue struct {
	Name      string
	Messages  int
	Consumers int
}

// Channel is an AMQP channel.
type Channel struct{}

func (ch *Channel) Close() error                                           { return nil }
func (ch *Channel) Qos(prefetchCount, prefetchSize int, global bool) error { return nil }
func (ch *Channel) QueueDeclare(name string, durable, autoDelete, exclusive, noWait bool, args Table) (Queue, error) {
	return Queue{Name: name}, nil
}
func (ch *Channel) Consume(queue, consumer string, autoAck, exclusive, noLocal, noWait bool, args Table) (<-chan Delivery, error) {
	return nil, nil
}
func (ch *Channel) Ack(tag uint64, multiple bool) error           { return nil }
func (ch *Channel) Nack(tag uint64, multiple, requeue bool) error { return nil }
func (ch *Channel) Reject(tag uint64, requeue bool) error         { return nil }
