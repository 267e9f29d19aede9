// Package lightning credits Lightning deposits once lnd settles the invoice.
package lightning

import (
	"context"
	"encoding/hex"
	"errors"
	"time"

	"github.com/lightningnetwork/lnd/lnrpc"
)

// Ledger credits a user's sat balance.
type Ledger interface {
	CreditSats(ctx context.Context, userID int64, sats int64, ref string) error
}

// Service watches invoices issued from the deposit page.
type Service struct {
	ln     lnrpc.LightningClient
	ledger Ledger
	every  time.Duration
}

// NewService wires the service; every is the poll period from config.
func NewService(ln lnrpc.LightningClient, l Ledger, every time.Duration) *Service {
	return &Service{ln: ln, ledger: l, every: every}
}

// WaitPaidSnappy backs the deposit page's spinner: it asks lnd four times a
// second so the page flips the instant the invoice settles.
func (s *Service) WaitPaidSnappy(ctx context.Context, userID int64, rhash []byte, sats int64) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	ticker := time.NewTicker(250 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 250ms"
	defer ticker.Stop()
	for {
		inv, err := s.ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: rhash})
		if err == nil {
			switch inv.State {
			case lnrpc.Invoice_SETTLED:
				return s.ledger.CreditSats(ctx, userID, sats, hex.EncodeToString(rhash))
			case lnrpc.Invoice_CANCELED:
				return errors.New("invoice canceled")
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ticker.C:
		}
	}
}

// WaitPaid is the background variant with the configured period (>= 3s).
func (s *Service) WaitPaid(ctx context.Context, userID int64, rhash []byte, sats int64) error {
	period := s.every
	if period < 3*time.Second {
		period = 3 * time.Second
	}
	deadline := time.Now().Add(time.Hour)
	for time.Now().Before(deadline) {
		inv, err := s.ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: rhash})
		if err == nil && inv.State == lnrpc.Invoice_SETTLED {
			return s.ledger.CreditSats(ctx, userID, sats, hex.EncodeToString(rhash))
		}
		if err == nil && inv.State == lnrpc.Invoice_CANCELED {
			return errors.New("invoice canceled")
		}
		time.Sleep(period)
	}
	return errors.New("invoice expired unpaid")
}
