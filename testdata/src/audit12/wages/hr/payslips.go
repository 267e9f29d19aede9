package hr

import (
	"bytes"
	"context"
	"fmt"
	"mime/multipart"
	"net/smtp"
	"time"
)

// Payslip is a rendered PDF payslip for one worker and period.
type Payslip struct {
	WorkerEmail string
	Period      string
	PDF         []byte
}

// Mailer sends payslip e-mails over SMTP.
type Mailer struct {
	addr string
	auth smtp.Auth
	from string
}

// NewMailer builds a mailer.
func NewMailer(addr string, auth smtp.Auth, from string) *Mailer {
	return &Mailer{addr: addr, auth: auth, from: from}
}

// SendAll mails a batch of payslips, pacing the relay.
func (m *Mailer) SendAll(ctx context.Context, slips []Payslip) (sent int, err error) {
	for _, s := range slips {
		if ctx.Err() != nil {
			return sent, ctx.Err()
		}
		msg, err := m.compose(s)
		if err != nil {
			return sent, err
		}
		for attempt := 0; attempt < 3; attempt++ {
			if err = smtp.SendMail(m.addr, m.auth, m.from, []string{s.WorkerEmail}, msg); err == nil {
				sent++
				break
			}
			time.Sleep(time.Duration(attempt+1) * time.Second)
		}
		time.Sleep(50 * time.Millisecond)
	}
	return sent, nil
}

func (m *Mailer) compose(s Payslip) ([]byte, error) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	fmt.Fprintf(&buf, "From: %s\r\nTo: %s\r\nSubject: Your payslip for %s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=%s\r\n\r\n",
		m.from, s.WorkerEmail, s.Period, w.Boundary())
	part, err := w.CreateFormFile("attachment", "payslip-"+s.Period+".pdf")
	if err != nil {
		return nil, err
	}
	if _, err := part.Write(s.PDF); err != nil {
		return nil, err
	}
	return buf.Bytes(), w.Close()
}
