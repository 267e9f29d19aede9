package invoicepoll

import (
	"context"
	"errors"
	"time"
)

var ErrUnpaid = errors.New("invoicepoll: invoice not paid")

type Unlocker struct {
	api    *API
	unlock func(ctx context.Context, workspaceID string) error
}

func NewUnlocker(api *API, unlock func(context.Context, string) error) *Unlocker {
	return &Unlocker{api: api, unlock: unlock}
}

// AwaitSettlement is called right after the buyer returns from the bank.
func (u *Unlocker) AwaitSettlement(ctx context.Context, workspaceID, invoiceID string) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	return every(ctx, 500*time.Millisecond, func() error { // want "\\[pollinterval\\] payment status polled every 500ms"
		inv, err := u.api.Invoice(ctx, invoiceID)
		if err != nil {
			return err
		}
		switch inv.Status {
		case "paid":
			return u.unlock(ctx, workspaceID)
		case "not_paid", "voided":
			return ErrUnpaid
		}
		return errNotYet
	})
}

// AwaitSettlementSlow is the on-prem variant, every 15 seconds.
func (u *Unlocker) AwaitSettlementSlow(ctx context.Context, workspaceID, invoiceID string) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Hour)
	defer cancel()
	return every(ctx, 15*time.Second, func() error {
		inv, err := u.api.Invoice(ctx, invoiceID)
		if err != nil {
			return err
		}
		switch inv.Status {
		case "paid":
			return u.unlock(ctx, workspaceID)
		case "not_paid", "voided":
			return ErrUnpaid
		}
		return errNotYet
	})
}

// awaitPaid re-checks the invoice every 10 seconds by calling itself until
// it is paid.
func (u *Unlocker) awaitPaid(ctx context.Context, workspaceID, invoiceID string) error {
	inv, err := u.api.Invoice(context.Background(), invoiceID)
	if err == nil && inv.Status == "paid" {
		return u.unlock(ctx, workspaceID)
	}
	time.Sleep(10 * time.Second)
	return u.awaitPaid(ctx, workspaceID, invoiceID) // want "\\[pollbound\\] recursive poll of payment invoiceID has no bound"
}

// Resume is run at boot for every workspace still locked.
func (u *Unlocker) Resume(ctx context.Context, workspaceID, invoiceID string) {
	go func() { _ = u.awaitPaid(ctx, workspaceID, invoiceID) }()
}
