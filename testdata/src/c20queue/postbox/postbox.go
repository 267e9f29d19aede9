// Package postbox is the bakery's first, synchronous JobQueue: it mails
// the receipt itself through the SMTP relay.
package postbox

import (
	"context"
	"net/smtp"
)

type Relay struct {
	Addr string
	Auth smtp.Auth
}

func (r *Relay) SendReceipt(ctx context.Context, orderID string) error {
	return smtp.SendMail(r.Addr, r.Auth, "bakery@example.com", []string{"orders@example.com"}, []byte("paid: "+orderID))
}
