// Package remit pays cash collected on delivery out to sellers: nightly
// remittances through RazorpayX (IN) and Xendit disbursements (ID, PH), and
// instant remittances sellers ask for in the app.
package remit

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/smtp"
	"time"

	"audit20/parcels/pay/rzp"
	"audit20/parcels/pay/xnd"
	"audit20/parcels/platform"
	"audit20/parcels/store"
)

var ErrNothingDue = errors.New("remit: nothing due")

type Service struct {
	store *store.Remittances
	rzp   *rzp.Client
	xnd   *xnd.Client
	mail  Mailer
	log   *slog.Logger
}

// Mailer sends statements to sellers.
type Mailer interface {
	Send(ctx context.Context, to, subject, body string) error
}

func NewService(st *store.Remittances, r *rzp.Client, x *xnd.Client, m Mailer, log *slog.Logger) *Service {
	return &Service{store: st, rzp: r, xnd: x, mail: m, log: log}
}

// instantFee is what an instant remittance costs the seller: 1%, min ₹10.
func instantFee(amount int64) int64 {
	return max(amount/100, 1000)
}

// PayNow remits a seller's open COD balance right away over IMPS.
func (s *Service) PayNow(ctx context.Context, sellerID string) (*rzp.Payout, error) {
	r, err := s.store.OpenFor(ctx, sellerID)
	if err != nil {
		return nil, ErrNothingDue
	}
	if r.Country != "IN" {
		return nil, fmt.Errorf("remit: instant remittance not offered in %s", r.Country)
	}
	claimed, err := s.store.Claim(ctx, r.ID)
	if err != nil || !claimed {
		return nil, fmt.Errorf("remit: %s already in progress", r.ID)
	}
	req := rzp.PayoutRequest{
		FundAccountID: r.FundAccountID,
		AmountPaise:   r.AmountMinor - instantFee(r.AmountMinor),
		Mode:          "IMPS",
		Purpose:       "payout",
		Reference:     r.ID,
		Narration:     "Parcels COD instant",
	}
	var p *rzp.Payout
	err = platform.Retry(ctx, 3, time.Second, func(ctx context.Context, _ int) error {
		var err error
		p, err = s.rzp.CreatePayout(ctx, req) // want "\\[idempotency\\] rzp\\.Client\\.CreatePayout \\(POST /v1/payouts\\) is retried by platform\\.Retry \\(line 66\\) but CreatePayout makes a new idempotency key on every call when its IdempotencyKey is left empty"
		var sc interface{ StatusCode() int }
		if errors.As(err, &sc) && sc.StatusCode() < 500 && sc.StatusCode() != 429 { // audit: lookalike retrystatus: 4xx answers are made permanent; only 5xx, 429 and network errors go round
			return platform.Permanent(err)
		}
		return err
	})
	if err != nil {
		_ = s.store.MarkFailed(ctx, r.ID, err.Error())
		return nil, err
	}
	if err := s.store.SetPayout(ctx, r.ID, p.ID); err != nil {
		s.log.Error("remit: payout id not saved", "remittance", r.ID, "payout", p.ID, "err", err)
	}
	return p, nil
}

// SendStatement mails the seller a remittance statement.
func (s *Service) SendStatement(ctx context.Context, r *store.Remittance) error {
	sl, err := s.store.Seller(ctx, r.SellerID)
	if err != nil {
		return err
	}
	body := fmt.Sprintf("Dear %s,\n\nWe remitted %s %.2f of cash-on-delivery collections (ref %s).\n",
		sl.Name, r.Currency, float64(r.AmountMinor)/100, r.ID)
	return platform.Retry(ctx, 5, 2*time.Second, func(ctx context.Context, _ int) error {
		return s.mail.Send(ctx, sl.Email, "Your COD remittance "+r.ID, body) // audit: lookalike idempotency: a statement e-mail retried, not a payment
	})
}

// SMTPMailer sends through the office relay.
type SMTPMailer struct {
	Addr string
	From string
	Auth smtp.Auth
}

func (m *SMTPMailer) Send(ctx context.Context, to, subject, body string) error {
	msg := "From: " + m.From + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body
	return smtp.SendMail(m.Addr, m.Auth, m.From, []string{to}, []byte(msg))
}
