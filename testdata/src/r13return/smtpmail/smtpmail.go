// Package smtpmail sends the shop's e-mails.
package smtpmail

import (
	"context"
	"net/smtp"
)

type Mailer struct {
	addr, from string
	auth       smtp.Auth
}

func New(addr, from string, auth smtp.Auth) *Mailer {
	return &Mailer{addr: addr, from: from, auth: auth}
}

func (m *Mailer) Send(ctx context.Context, to, body string) error {
	return smtp.SendMail(m.addr, m.auth, m.from, []string{to}, []byte(body))
}
