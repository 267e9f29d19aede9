package payouts

import (
	"context"
	"time"

	"github.com/lightningnetwork/lnd/lnrpc"
)

// LightningInvoices follows the invoices workers pay to repay an advance
// early from a Lightning wallet.
type LightningInvoices struct {
	ln lnrpc.LightningClient
}

// NewLightningInvoices wires the lnd client.
func NewLightningInvoices(ln lnrpc.LightningClient) *LightningInvoices {
	return &LightningInvoices{ln: ln}
}

// WaitPaid reports whether the invoice settled before it expired.
func (l *LightningInvoices) WaitPaid(ctx context.Context, rhash []byte, expiry time.Duration) (bool, error) {
	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
	expired := time.After(expiry)
	for {
		inv, err := l.ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: rhash})
		if err != nil {
			return false, err
		}
		switch inv.State {
		case lnrpc.Invoice_SETTLED:
			return true, nil
		case lnrpc.Invoice_CANCELED:
			return false, nil
		}
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-expired:
			return false, nil
		case <-t.C:
		}
	}
}
