package compliance

import (
	"context"
	"fmt"
	"log"
	"net/smtp"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/go-resty/resty/v2"

	"audit9/remittance/domain"
)

// SMSGateway sends text messages.
type SMSGateway struct {
	rc     *resty.Client
	sender string
}

// NewSMSGateway returns a gateway client.
func NewSMSGateway(baseURL, token, sender string) *SMSGateway {
	return &SMSGateway{rc: resty.New().SetBaseURL(baseURL).SetAuthToken(token), sender: sender}
}

// Send sends one message.
func (g *SMSGateway) Send(ctx context.Context, to, text string) error {
	resp, err := g.rc.R().SetContext(ctx).
		SetBody(map[string]string{"from": g.sender, "to": to, "text": text}).
		Post("/v1/messages")
	if err != nil {
		return err
	}
	if resp.IsError() {
		return fmt.Errorf("sms to %s: %s", to, resp.Status())
	}
	return nil
}

// SendOTP sends a one-time code for confirming a transfer; the code is
// short-lived, so the gateway is tried quickly a few times.
func (g *SMSGateway) SendOTP(ctx context.Context, phone, code string) error {
	return retry.Do(
		func() error { return g.Send(ctx, phone, "Your confirmation code is "+code) },
		retry.Attempts(3),
		retry.Delay(200*time.Millisecond),
		retry.DelayType(retry.FixedDelay),
		retry.Context(ctx),
	)
}

// Messenger implements domain.Notifier over SMS.
type Messenger struct {
	sms *SMSGateway
}

// NewMessenger returns the customer notifier.
func NewMessenger(sms *SMSGateway) *Messenger { return &Messenger{sms: sms} }

// TransferFunded tells the sender their payment arrived.
func (m *Messenger) TransferFunded(ctx context.Context, t *domain.Transfer) error {
	return m.sms.Send(ctx, t.CustomerID, fmt.Sprintf("We received your payment for transfer %s.", t.ID[:8]))
}

// PayoutDelivered tells the recipient the money is on its way.
func (m *Messenger) PayoutDelivered(ctx context.Context, t *domain.Transfer) error {
	if t.RecipientPhone == "" {
		return nil
	}
	return m.sms.Send(ctx, t.RecipientPhone,
		fmt.Sprintf("You have received %.2f %s.", float64(t.TargetAmount)/100, t.TargetCurrency))
}

// Digest mails the compliance team a daily list of held transfers.
type Digest struct {
	smtpAddr string
	from     string
	auth     smtp.Auth
}

// NewDigest returns the mailer.
func NewDigest(smtpAddr, from string, auth smtp.Auth) *Digest {
	return &Digest{smtpAddr: smtpAddr, from: from, auth: auth}
}

// SendHeld mails each reviewer the transfers waiting for review.
func (d *Digest) SendHeld(reviewers []string, held []domain.Transfer) {
	body := "Transfers awaiting review:\n"
	for _, t := range held {
		body += fmt.Sprintf("%s %d %s\n", t.ID, t.SourceAmount, t.SourceCurrency)
	}
	for _, to := range reviewers {
		msg := []byte("Subject: Held transfers\r\n\r\n" + body)
		if err := smtp.SendMail(d.smtpAddr, d.auth, d.from, []string{to}, msg); err != nil {
			log.Printf("digest to %s: %v", to, err)
		}
	}
}
