package main

import (
	"context"
	"net/smtp"
)

// mailer sends staff notifications through the clinic's relay.
type mailer struct{ from string }

func (m *mailer) Send(ctx context.Context, to, subject, body string) error {
	msg := []byte("Subject: " + subject + "\r\n\r\n" + body)
	return smtp.SendMail("smtp.clinic.internal:25", nil, m.from, []string{to}, msg)
}
