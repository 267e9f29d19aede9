package wallet

import (
	"context"
	"log/slog"

	"audit21/festival/adyenpay"
	"audit21/festival/booth"
	"audit21/festival/molliepay"
	"audit21/festival/store"
)

// Refunder returns unspent wristband credit to the card or account it came
// from, once, after the gates close.
type Refunder struct {
	Refunds *store.Refunds
	Adyen   *adyenpay.Client
	Mollie  *molliepay.Gateway
	Readers *booth.Client
	Log     *slog.Logger
}

// Run sends every requested refund. A refund that fails is marked failed
// for the support team; it is not tried again automatically.
func (r *Refunder) Run(ctx context.Context) error {
	for _, ch := range []store.Channel{store.ChannelAdyen, store.ChannelMollie, store.ChannelBooth} {
		due, err := r.Refunds.Due(ctx, ch)
		if err != nil {
			return err
		}
		for _, rf := range due {
			ref, err := r.send(ctx, rf)
			if err != nil {
				r.Log.ErrorContext(ctx, "balance refund failed", "refund", rf.ID, "channel", ch, "err", err)
				if ferr := r.Refunds.Fail(ctx, rf.ID, err.Error()); ferr != nil {
					return ferr
				}
				continue
			}
			if err := r.Refunds.Done(ctx, rf.ID, ref); err != nil {
				return err
			}
		}
	}
	return nil
}

func (r *Refunder) send(ctx context.Context, rf store.BalanceRefund) (string, error) {
	switch rf.Channel {
	case store.ChannelAdyen:
		return r.Adyen.Refund(ctx, rf.ProviderRef, rf.AmountCents, "EUR", rf.ID)
	case store.ChannelMollie:
		return r.Mollie.Refund(ctx, rf.ProviderRef, rf.AmountCents)
	default:
		return rf.ID, r.Readers.Refund(ctx, rf.ProviderRef, rf.AmountCents, rf.ID)
	}
}
