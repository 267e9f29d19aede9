package billing

import (
	"context"
	"fmt"
	"time"

	"audit15/academy/domain"
	"audit15/academy/walletpay"
)

// Wallet is the mobile-wallet provider as checkout needs it.
type Wallet interface {
	CreateCharge(ctx context.Context, r walletpay.ChargeRequest) (walletpay.Charge, error)
	AwaitSettled(ctx context.Context, id string, maxWait time.Duration) (bool, error)
}

// OrderStore is the part of the order store checkout writes to.
type OrderStore interface {
	SetProviderRef(ctx context.Context, id, ref string) error
	MarkPaid(ctx context.Context, id string) (bool, error)
}

// WalletCheckout takes course payments from a learner's mobile wallet:
// Kwikpay pushes an approval prompt to the learner's phone.
type WalletCheckout struct {
	wallet   Wallet
	orders   OrderStore
	enroller domain.Enroller
	approval time.Duration
}

func NewWalletCheckout(w Wallet, orders OrderStore, e domain.Enroller) *WalletCheckout {
	return &WalletCheckout{wallet: w, orders: orders, enroller: e, approval: 2 * time.Minute}
}

// Pay charges the wallet and enrolls the learner once the charge settles.
func (s *WalletCheckout) Pay(ctx context.Context, o domain.Order, msisdn string) error {
	req := walletpay.ChargeRequest{OrderID: o.ID, MSISDN: msisdn, AmountMinor: o.AmountMinor, Currency: o.Currency}
	for prompt := 0; prompt < 3; prompt++ {
		ch, err := s.wallet.CreateCharge(ctx, req) // audit: reported at cmd/academyd/main.go:63 (pollcreate, where main binds Wallet to walletpay.Client; poll/w18_portrewait.go): a new Kwikpay charge on every pass after AwaitSettled (interface Wallet, wired in main to walletpay.Client) gives up with (false, nil) while the charge is still PENDING; Hilt "keep the same payment_id"; audit: missed idempotency: a payment made again after a waiter that gives up while pending, with a new partner_txn_uid each pass (Exirom "Using a new requestId on retry")
		if err != nil {
			return err
		}
		if err := s.orders.SetProviderRef(ctx, o.ID, ch.ID); err != nil {
			return err
		}
		settled, err := s.wallet.AwaitSettled(ctx, ch.ID, s.approval)
		if err != nil {
			return err
		}
		if settled {
			if _, err := s.orders.MarkPaid(ctx, o.ID); err != nil {
				return err
			}
			return s.enroller.Enroll(ctx, o.LearnerID, o.CourseID, o.ID)
		}
	}
	return fmt.Errorf("order %s: learner did not approve the wallet prompt", o.ID)
}
