package amqp091

import (
	"context"
	"time"
)

// DeliveryMode values (v1.10.0 types.go).
const (
	Transient  uint8 = 1
	Persistent uint8 = 2
)

// Publishing is a message sent by the client (v1.10.0 types.go).
type Publishing struct {
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

	Body []byte
}

// PublishWithContext sends a Publishing (v1.10.0 channel.go).
func (ch *Channel) PublishWithContext(_ context.Context, exchange, key string, mandatory, immediate bool, msg Publishing) error {
	return nil
}
