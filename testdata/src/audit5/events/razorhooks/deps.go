// Package razorhooks handles Razorpay's payment.captured notifications for
// Indian buyers.
package razorhooks

import (
	"context"
	"database/sql"
	"net/smtp"

	"github.com/hibiken/asynq"
)

// TicketPDF renders the printable ticket with its QR code.
type TicketPDF interface {
	Render(ctx context.Context, orderID string) ([]byte, error)
}

type Deps struct {
	DB        *sql.DB
	PDF       TicketPDF
	Queue     *asynq.Client
	Secret    string
	SMTPAddr  string
	SMTPAuth  smtp.Auth
	FromEmail string
}

type rpEvent struct {
	Event   string `json:"event"`
	Payload struct {
		Payment struct {
			Entity struct {
				ID      string `json:"id"`
				OrderID string `json:"order_id"`
				Email   string `json:"email"`
				Amount  int64  `json:"amount"`
			} `json:"entity"`
		} `json:"payment"`
	} `json:"payload"`
}

func (d *Deps) mailTickets(to string, pdf []byte) error {
	msg := append([]byte("Subject: Your tickets\r\n\r\n"), pdf...)
	return smtp.SendMail(d.SMTPAddr, d.SMTPAuth, d.FromEmail, []string{to}, msg)
}
