// Package wallet runs the prepaid parking wallet: card top-ups on
// Checkout.com with a 3-D Secure return page, and automatic reloads.
package wallet

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/checkout/checkout-sdk-go/v2/common"
	"github.com/checkout/checkout-sdk-go/v2/payments"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	"github.com/google/uuid"

	"audit12/parking/domain"
)

// ErrDeclined is returned when the card was declined.
var ErrDeclined = errors.New("wallet: card declined")

// Store is the wallet persistence the service needs.
type Store interface {
	CreateTopup(ctx context.Context, t domain.Topup) error
	Topup(ctx context.Context, id string) (*domain.Topup, error)
	SetPayment(ctx context.Context, topupID, paymentID string) error
	CaptureTopup(ctx context.Context, topupID string) (bool, error)
	MarkTopupFailed(ctx context.Context, topupID string) error
}

// Service starts top-ups and reloads.
type Service struct {
	cko   *nas.Client
	store Store
}

// NewService returns a wallet service.
func NewService(cko *nas.Client, store Store) *Service {
	return &Service{cko: cko, store: store}
}

// StartTopup creates a top-up and its card payment; the app then follows
// the 3-D Secure redirect and comes back to the return page.
func (s *Service) StartTopup(ctx context.Context, walletID string, cents int64) (*domain.Topup, error) {
	t := domain.Topup{ID: uuid.NewString(), WalletID: walletID, AmountCents: cents}
	if err := s.store.CreateTopup(ctx, t); err != nil {
		return nil, err
	}
	key := "topup-" + t.ID
	p, err := s.cko.RequestPaymentWithContext(ctx, nas.PaymentRequest{
		Currency:  common.Currency("EUR"),
		Amount:    cents,
		Reference: t.ID,
	}, &key)
	if err != nil {
		return nil, err
	}
	t.PaymentID = p.Id
	return &t, s.store.SetPayment(ctx, t.ID, p.Id)
}

func (s *Service) charge(ctx context.Context, reference string, cents int64) (*nas.PaymentResponse, error) {
	key := "reload-" + reference
	return s.cko.RequestPaymentWithContext(ctx, nas.PaymentRequest{
		Currency:  common.Currency("EUR"),
		Amount:    cents,
		Reference: reference,
	}, &key)
}

// AutoReload tops a wallet up from the driver's card on file when the
// balance runs low, falling back to the backup card when the main one is
// declined. Reloads are merchant-initiated and do not need 3-D Secure.
func (s *Service) AutoReload(ctx context.Context, walletID string, cents int64) error {
	t := domain.Topup{ID: uuid.NewString(), WalletID: walletID, AmountCents: cents}
	if err := s.store.CreateTopup(ctx, t); err != nil {
		return err
	}
	p, err := s.charge(ctx, t.ID, cents)
	if err != nil {
		return err
	}
	if err := s.store.SetPayment(ctx, t.ID, p.Id); err != nil {
		return err
	}
	usedBackup := false
	for i := 0; i < 20; i++ {
		d, err := s.cko.GetPaymentDetailsWithContext(ctx, p.Id)
		if err != nil {
			return fmt.Errorf("reload %s: %w", t.ID, err)
		}
		switch d.Status {
		case payments.Authorized, payments.Captured:
			_, err := s.store.CaptureTopup(ctx, t.ID)
			return err
		case payments.Declined:
			if usedBackup {
				_ = s.store.MarkTopupFailed(ctx, t.ID)
				return ErrDeclined
			}
			usedBackup = true
			if p, err = s.charge(ctx, t.ID+"-backup", cents); err != nil {
				return err
			}
			if err := s.store.SetPayment(ctx, t.ID, p.Id); err != nil {
				return err
			}
			continue
		}
		time.Sleep(300 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 300ms"
	}
	return fmt.Errorf("reload %s: still pending", t.ID)
}
