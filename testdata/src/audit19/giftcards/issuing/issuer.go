// Package issuing generates gift-card codes, renders the card design and
// e-mails the codes to the buyer.
package issuing

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/smtp"
	"time"

	"github.com/go-resty/resty/v2"

	"audit19/giftcards/domain"
)

// Issuer implements domain.CardIssuer.
type Issuer struct {
	orders   domain.OrderStore
	codes    *resty.Client
	renderer string
	http     *http.Client
	smtpAddr string
	from     string
}

// Option configures an Issuer.
type Option func(*Issuer)

// WithRenderer sets the card-design rendering service.
func WithRenderer(baseURL string) Option { return func(i *Issuer) { i.renderer = baseURL } }

// WithSMTP sets the relay used for code e-mails.
func WithSMTP(addr, from string) Option {
	return func(i *Issuer) { i.smtpAddr, i.from = addr, from }
}

// New builds an Issuer. The code-generation service is idempotent per
// order id and is retried by its client.
func New(orders domain.OrderStore, codesURL string, opts ...Option) *Issuer {
	i := &Issuer{
		orders: orders,
		codes: resty.New().SetBaseURL(codesURL).
			SetRetryCount(4).
			SetRetryWaitTime(200 * time.Millisecond),
		http: &http.Client{Timeout: 10 * time.Second},
	}
	for _, o := range opts {
		o(i)
	}
	return i
}

type codeBatch struct {
	Codes []string `json:"codes"`
}

// IssueCards issues the codes of a paid order exactly once.
func (i *Issuer) IssueCards(ctx context.Context, orderID string) error {
	ok, err := i.orders.TransitionIssued(ctx, orderID)
	if err != nil || !ok {
		return err
	}
	o, err := i.orders.Get(ctx, orderID)
	if err != nil {
		return err
	}
	var batch codeBatch
	_, err = i.codes.R().SetContext(ctx).
		SetBody(map[string]any{"order_id": o.ID, "count": o.Quantity, "value_minor": o.AmountMinor}).
		SetResult(&batch).
		Post("/v1/code-batches")
	if err != nil {
		return fmt.Errorf("codes: %w", err)
	}
	img, err := i.render(ctx, o.DesignID, o.AmountMinor, o.Currency)
	if err != nil {
		img = ""
	}
	body := fmt.Sprintf("Your gift cards: %v\nDesign: %s\n", batch.Codes, img)
	msg := []byte("To: " + o.Email + "\r\nSubject: Your e-gift cards\r\n\r\n" + body)
	return smtp.SendMail(i.smtpAddr, nil, i.from, []string{o.Email}, msg)
}

// render asks the design service for the card image, retrying briefly.
func (i *Issuer) render(ctx context.Context, designID string, amount int64, cur string) (string, error) {
	payload, _ := json.Marshal(map[string]any{"design": designID, "amount": amount, "currency": cur})
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, i.renderer+"/render", bytes.NewReader(payload))
		req.Header.Set("Content-Type", "application/json")
		resp, err := i.http.Do(req)
		if err == nil && resp.StatusCode == http.StatusOK {
			var out struct {
				URL string `json:"url"`
			}
			err = json.NewDecoder(resp.Body).Decode(&out)
			resp.Body.Close()
			return out.URL, err
		}
		if err == nil {
			resp.Body.Close()
			lastErr = fmt.Errorf("render: %s", resp.Status)
		} else {
			lastErr = err
		}
	}
	return "", lastErr
}

// SMTPMailer implements domain.Mailer over the SMTP relay.
type SMTPMailer struct {
	Addr string
	From string
}

// SendEmail sends one plain-text message.
func (m SMTPMailer) SendEmail(ctx context.Context, to, subject, body string) error {
	msg := []byte("To: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body)
	return smtp.SendMail(m.Addr, nil, m.From, []string{to}, msg)
}
