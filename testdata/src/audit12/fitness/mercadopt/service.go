// Package mercadopt sells personal-training packages in Latin America
// through Mercado Pago.
package mercadopt

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/mercadopago/sdk-go/pkg/payment"
	"github.com/mercadopago/sdk-go/pkg/refund"

	"audit12/fitness/domain"
)

// Package is a personal-training package on sale.
type Package struct {
	Code     string
	Sessions int
	Price    float64
}

// Catalog lists the packages per code.
var Catalog = map[string]Package{
	"pt5":  {Code: "pt5", Sessions: 5, Price: 450},
	"pt10": {Code: "pt10", Sessions: 10, Price: 850},
	"pt20": {Code: "pt20", Sessions: 20, Price: 1500},
}

// Service sells and refunds PT packages.
type Service struct {
	payments    payment.Client
	refunds     refund.Client
	memberships domain.MembershipStore
}

func NewService(p payment.Client, r refund.Client, ms domain.MembershipStore) *Service {
	return &Service{payments: p, refunds: r, memberships: ms}
}

// Reference is the external_reference sent to Mercado Pago.
func Reference(membershipID, code string) string { return membershipID + ":" + code }

// ParseReference splits an external_reference.
func ParseReference(ref string) (membershipID string, pkg Package, err error) {
	id, code, ok := strings.Cut(ref, ":")
	p, found := Catalog[code]
	if !ok || !found {
		return "", Package{}, fmt.Errorf("bad reference %q", ref)
	}
	return id, p, nil
}

// Sell charges a card token for a package (transparent checkout).
func (s *Service) Sell(ctx context.Context, membershipID, code, cardToken string) (*payment.Response, error) {
	pkg, ok := Catalog[code]
	if !ok {
		return nil, domain.ErrNotFound
	}
	p, err := s.payments.Create(ctx, payment.Request{
		ExternalReference: Reference(membershipID, code),
		Token:             cardToken,
		TransactionAmount: pkg.Price,
		Installments:      1,
		PaymentMethodID:   "visa",
	})
	if err != nil {
		return nil, err
	}
	if p.Status == "in_process" {
		wctx, cancel := context.WithTimeout(ctx, 20*time.Minute)
		defer cancel()
		if err := s.waitApproved(wctx, p.ID); err != nil {
			return p, err
		}
		p.Status = "approved"
	}
	return p, nil
}

// waitApproved waits for a payment under review to be approved.
func (s *Service) waitApproved(ctx context.Context, id int) error {
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for { // want "\\[pollbound\\] loop polling payment id stops only when the payment succeeds"
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		p, err := s.payments.Get(ctx, id)
		if err != nil {
			return err
		}
		if p.Status == "approved" {
			return nil
		}
	}
}

// LookupPayment loads a payment for the support back office.
func (s *Service) LookupPayment(ctx context.Context, id int) (*payment.Response, error) {
	return retry.DoWithData(func() (*payment.Response, error) {
		return s.payments.Get(ctx, id) // want "\\[retrybackoff\\] mercadopago payment.Get is retried by retry.DoWithData .* every 200ms"
	},
		retry.Context(ctx),
		retry.Attempts(4),
		retry.Delay(200*time.Millisecond),
		retry.DelayType(retry.FixedDelay),
		retry.RetryIf(func(err error) bool {
			var ne net.Error
			return errors.As(err, &ne)
		}),
	)
}

// RefundPackage refunds a package that was cancelled before its first
// session.
func (s *Service) RefundPackage(ctx context.Context, paymentID int) error {
	r, err := s.refunds.Create(ctx, paymentID)
	if err != nil {
		return err
	}
	if r.Status == "rejected" {
		return errors.New("mercadopago: refund rejected")
	}
	return nil
}
