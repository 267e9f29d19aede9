package workers

import (
	"context"
	"encoding/json"
	"log/slog"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/hibiken/asynq"

	"audit13/tickets/adyenpay"
	"audit13/tickets/payouts"
	"audit13/tickets/store"
)

// Task names of the resale workers.
const (
	TaskCaptureSale = "resale:capture"
	TaskSettle      = "resale:settle"
)

// Resale captures resale payments and pays sellers.
type Resale struct {
	Adyen    *adyenpay.Client
	Payouts  *payouts.Service
	Listings *store.Listings
	Log      *slog.Logger
}

// CaptureSale captures the buyer's authorised payment once the seller's
// barcode has been reissued to the buyer.
func (w *Resale) CaptureSale(ctx context.Context, t *asynq.Task) error {
	var p struct {
		Ref, PSPRef, Currency string
		Amount                int64
	}
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return asynq.SkipRetry
	}
	return w.Adyen.Capture(ctx, p.PSPRef, checkout.Amount{Currency: p.Currency, Value: p.Amount}, p.Ref)
}

// Settle pays out every sold listing whose seller is unpaid.
func (w *Resale) Settle(ctx context.Context, _ *asynq.Task) error {
	due, err := w.Listings.DueForPayout(ctx, 200)
	if err != nil {
		return err
	}
	for _, l := range due {
		if _, err := w.Payouts.PaySeller(ctx, l); err != nil {
			w.Log.Error("pay seller", "listing", l.ID, "err", err)
			continue
		}
		poID, err := w.Payouts.InstantPayout(ctx, l)
		if err != nil {
			w.Log.Warn("instant payout", "listing", l.ID, "err", err)
			continue
		}
		if err := w.Payouts.WaitPayout(ctx, l.SellerAccount, poID); err != nil {
			w.Log.Warn("payout not landed", "listing", l.ID, "payout", poID, "err", err)
		}
	}
	return nil
}
