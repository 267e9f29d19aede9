// Package svix is a trimmed stub of github.com/svix/svix-webhooks/go
// (v1.44.0): same package path, names and signatures; bodies panic.
package svix

import "net/http"

// Webhook verifies svix webhook signatures.
type Webhook struct{}

func NewWebhook(secret string) (*Webhook, error)    { panic("stub") }
func NewWebhookRaw(secret []byte) (*Webhook, error) { panic("stub") }

// Verify validates the payload against the svix signature headers.
func (wh *Webhook) Verify(payload []byte, headers http.Header) error { panic("stub") }

// VerifyIgnoringTimestamp validates the payload without checking the timestamp.
func (wh *Webhook) VerifyIgnoringTimestamp(payload []byte, headers http.Header) error {
	panic("stub")
}
