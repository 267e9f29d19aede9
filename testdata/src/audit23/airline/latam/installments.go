// Package latam holds the Brazil and Mexico payment rails: Mercado Pago
// card installments and checkout, and Pix charges.
package latam

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/mercadopago/sdk-go/pkg/config"
	"github.com/mercadopago/sdk-go/pkg/payment"
	"github.com/mercadopago/sdk-go/pkg/preference"

	"audit23/airline/domain"
)

type MercadoPago struct {
	payments    payment.Client
	preferences preference.Client
	notifyURL   string
	backURL     string
	maxInstall  int
}

func NewMercadoPago(token, notifyURL, backURL string, maxInstallments int) (*MercadoPago, error) {
	cfg, err := config.New(token)
	if err != nil {
		return nil, err
	}
	return &MercadoPago{
		payments:    payment.NewClient(cfg),
		preferences: preference.NewClient(cfg),
		notifyURL:   notifyURL,
		backURL:     backURL,
		maxInstall:  maxInstallments,
	}, nil
}

func isNetErr(err error) bool {
	var ne net.Error
	return errors.As(err, &ne)
}

func amount(minor int64) float64 { return float64(minor) / 100 }

// ChargeInstallments charges a booking on a tokenised card in n installments.
func (m *MercadoPago) ChargeInstallments(ctx context.Context, b *domain.Booking, cardToken, method string, n int) (*payment.Response, error) {
	if n < 1 || n > m.maxInstall {
		return nil, fmt.Errorf("installments: %d not offered", n)
	}
	req := payment.Request{
		ExternalReference: b.PNR,
		PaymentMethodID:   method,
		Token:             cardToken,
		TransactionAmount: amount(b.AmountMinor),
		Installments:      n,
		Payer:             &payment.PayerRequest{Email: b.Email},
		Description:       "Reserva " + b.PNR,
		NotificationURL:   m.notifyURL,
	}
	return retry.DoWithData(func() (*payment.Response, error) {
		return m.payments.Create(ctx, req) // want "\\[idempotency\\] mercadopago payment\\.Create is retried by retry\\.DoWithData \\(line 65\\) without"
	},
		retry.Context(ctx),
		retry.Attempts(3),
		retry.Delay(2*time.Second),
		retry.RetryIf(isNetErr),
	)
}

var errInReview = errors.New("payment in review")

// Settle waits for an installment payment to leave review.
func (m *MercadoPago) Settle(ctx context.Context, id int) (*payment.Response, error) {
	var last *payment.Response
	err := retry.Do(func() error { // want "\\[pollbound\\] retry\\.Do polling payment id has no bound: no ctx\\.Done\\(\\), deadline, attempt"
		p, err := m.payments.Get(ctx, id)
		if err != nil {
			return err
		}
		last = p
		switch p.Status {
		case "approved":
			return nil
		case "rejected", "cancelled", "refunded", "charged_back":
			return retry.Unrecoverable(domain.ErrDeclined)
		}
		return errInReview
	},
		retry.UntilSucceeded(),
		retry.Delay(10*time.Second),
		retry.DelayType(retry.FixedDelay),
	)
	return last, err
}

// Follow reads a payment until it is final or ctx ends.
func (m *MercadoPago) Follow(ctx context.Context, id int) (string, error) {
	for {
		p, err := m.payments.Get(ctx, id)
		if err == nil {
			switch p.Status {
			case "approved", "rejected", "cancelled", "refunded", "charged_back":
				return p.Status, nil
			}
		} else {
			slog.WarnContext(ctx, "mercadopago follow", "payment", id, "err", err)
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(15 * time.Second):
		}
	}
}

// ChargeOrSimplify charges in installments; a card held in review for too
// long is charged again in a single installment, which the issuer usually
// approves straight away. retoken asks the kiosk's card reader for a fresh
// card token (tokens are single use).
func (m *MercadoPago) ChargeOrSimplify(ctx context.Context, b *domain.Booking, cardToken, method string, n int, retoken func(context.Context) (string, error)) (*payment.Response, error) {
	p, err := m.ChargeInstallments(ctx, b, cardToken, method, n)
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(30 * time.Minute)
	for polls := 0; time.Now().Before(deadline); polls++ {
		cur, err := m.payments.Get(ctx, p.ID)
		if err != nil {
			return nil, err
		}
		switch cur.Status {
		case "approved":
			return cur, nil
		case "rejected", "cancelled":
			return cur, domain.ErrDeclined
		}
		if cur.Status == "in_process" && polls == 20 && n > 1 {
			tok, err := retoken(ctx)
			if err != nil {
				return nil, err
			}
			p, err = m.payments.Create(ctx, payment.Request{ // want "\\[pollcreate\\] new payment created inside the loop that polls payment p\\.ID \\(line 131\\):"
				ExternalReference: b.PNR,
				PaymentMethodID:   method,
				Token:             tok,
				TransactionAmount: amount(b.AmountMinor),
				Installments:      1,
				Payer:             &payment.PayerRequest{Email: b.Email},
			})
			if err != nil {
				return nil, err
			}
		}
		time.Sleep(5 * time.Second)
	}
	return nil, domain.ErrStillPending
}

// AncillaryCheckout creates a Checkout Pro preference for a seat or bag.
func (m *MercadoPago) AncillaryCheckout(ctx context.Context, a *domain.Ancillary, pnr, email string) (string, error) {
	pref, err := m.preferences.Create(ctx, preference.Request{
		Items: []preference.ItemRequest{{
			ID:         fmt.Sprintf("anc-%d", a.ID),
			Title:      fmt.Sprintf("%s %s", a.Kind, a.Segment),
			CurrencyID: a.Currency,
			UnitPrice:  amount(a.AmountMinor),
			Quantity:   1,
		}},
		Payer:             &preference.PayerRequest{Email: email},
		ExternalReference: fmt.Sprintf("anc-%d", a.ID),
		NotificationURL:   m.notifyURL,
		AutoReturn:        "approved",
		BackURLs: &preference.BackURLsRequest{
			Success: m.backURL + "/mp/ancillary/back",
			Pending: m.backURL + "/mp/ancillary/back",
			Failure: m.backURL + "/mp/ancillary/back",
		},
	})
	if err != nil {
		return "", err
	}
	return pref.InitPoint, nil
}

// Payment reads one payment.
func (m *MercadoPago) Payment(ctx context.Context, id int) (*payment.Response, error) {
	return m.payments.Get(ctx, id)
}
