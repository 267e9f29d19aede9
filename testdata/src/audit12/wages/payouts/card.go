// Package payouts sends earned wages to workers: instantly to debit cards
// through Checkout.com, on chain as USDC, and tracks Lightning repayment
// invoices.
package payouts

import (
	"context"
	"fmt"
	"time"

	"audit12/wages/domain"

	"github.com/checkout/checkout-sdk-go/v2/common"
	"github.com/checkout/checkout-sdk-go/v2/payments"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
)

// CardPayouts pushes withdrawals to workers' debit cards.
type CardPayouts struct {
	cko   *nas.Client
	store domain.WithdrawalStore
}

// NewCardPayouts wires the card payout rail.
func NewCardPayouts(cko *nas.Client, store domain.WithdrawalStore) *CardPayouts {
	return &CardPayouts{cko: cko, store: store}
}

// Send pays a withdrawal out to the worker's card and follows it until
// the issuer accepts or declines it.
func (p *CardPayouts) Send(ctx context.Context, w domain.Withdrawal) error {
	req := nas.PaymentRequest{
		Currency:  common.Currency(w.Currency),
		Amount:    w.AmountMinor,
		Reference: "EWA-" + w.ID,
	}
	key := "wd-" + w.ID
	resp, err := p.cko.RequestPaymentWithContext(ctx, req, &key)
	if err != nil {
		return fmt.Errorf("request payout: %w", err)
	}
	if err := p.store.MarkSent(ctx, w.ID, resp.Id); err != nil {
		return err
	}
	id := resp.Id
	for i := 0; i < 20; i++ {
		d, err := p.cko.GetPaymentDetailsWithContext(ctx, id)
		if err != nil {
			return err
		}
		switch d.Status {
		case payments.Captured:
			return p.store.MarkSettled(ctx, w.ID)
		case payments.Declined:
			return p.store.MarkFailed(ctx, w.ID, "declined by issuer")
		}
		if i == 9 && d.Status == payments.Pending {
			// Some issuers park fast-funds credits; route it again so the
			// worker is not left waiting.
			rerouteKey := fmt.Sprintf("wd-%s-r%d", w.ID, i)
			req.Reference = "EWA-" + w.ID + "-R"
			if again, err := p.cko.RequestPaymentWithContext(ctx, req, &rerouteKey); err == nil { // want "\\[pollcreate\\] new payment created inside the loop that polls payment id"
				id = again.Id
				_ = p.store.MarkSent(ctx, w.ID, again.Id)
			}
		}
		time.Sleep(3 * time.Second)
	}
	return fmt.Errorf("payout %s still pending", w.ID)
}

// Refund reverses a card payout the worker disputed as unrecognised.
func (p *CardPayouts) Refund(ctx context.Context, w domain.Withdrawal) error {
	key := "wd-refund-" + w.ID
	var err error
	for attempt, wait := 0, 2*time.Second; attempt < 3; attempt, wait = attempt+1, wait*2 {
		_, err = p.cko.RefundPaymentWithContext(ctx, w.ProviderRef, &payments.RefundRequest{Amount: w.AmountMinor, Reference: w.ID}, &key)
		if err == nil {
			return nil
		}
		time.Sleep(wait)
	}
	return err
}
