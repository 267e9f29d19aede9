// Package notify holds the shop's notification port and its senders.
package notify

import (
	"context"
	"net/smtp"
)

// Sender tells a customer something.
type Sender interface {
	Tell(ctx context.Context, to, text string) error
}

// Relay sends through the SMTP relay, synchronously.
type Relay struct {
	Addr, From string
	Auth       smtp.Auth
}

func (r Relay) Tell(ctx context.Context, to, text string) error {
	return smtp.SendMail(r.Addr, r.Auth, r.From, []string{to}, []byte(text))
}

// Queue only appends to an in-memory channel a worker drains.
type Queue struct{ C chan string }

func (q Queue) Tell(ctx context.Context, to, text string) error {
	select {
	case q.C <- to + "\n" + text:
	default:
	}
	return nil
}

// Discard is the sync no-op used where mail is switched off.
type Discard struct{}

func (Discard) Tell(ctx context.Context, to, text string) error { return nil }
