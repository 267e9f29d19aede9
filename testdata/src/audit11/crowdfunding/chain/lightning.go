package chain

import (
	"context"
	"log"
	"time"

	"github.com/lightningnetwork/lnd/lnrpc"
)

// Tip is a Lightning tip to a campaign, paid against an invoice.
type Tip struct {
	ID         string
	CampaignID string
	RHash      []byte
	Sats       int64
}

// TipWatcher credits tips when their invoice settles.
type TipWatcher struct {
	ln        lnrpc.LightningClient
	every     time.Duration
	onSettled func(ctx context.Context, t Tip) error
}

func NewTipWatcher(ln lnrpc.LightningClient, every time.Duration, onSettled func(context.Context, Tip) error) *TipWatcher {
	return &TipWatcher{ln: ln, every: every, onSettled: onSettled}
}

// Watch follows one tip's invoice; it is started in its own goroutine when
// the invoice is shown to the supporter.
func (w *TipWatcher) Watch(ctx context.Context, t Tip) {
	for { // want "\\[pollbound\\] loop polling payment t.RHash stops only when the payment succeeds .* read errors are swallowed"
		inv, err := w.ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: t.RHash})
		if err != nil {
			log.Printf("tip %s: lookup invoice: %v", t.ID, err)
			time.Sleep(w.every)
			continue
		}
		if inv.State == lnrpc.Invoice_SETTLED {
			if err := w.onSettled(ctx, t); err != nil {
				log.Printf("tip %s: credit: %v", t.ID, err)
			}
			return
		}
		time.Sleep(w.every)
	}
}
