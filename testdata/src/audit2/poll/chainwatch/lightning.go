package chainwatch

import (
	"context"
	"encoding/hex"
	"time"

	"github.com/lightningnetwork/lnd/lnrpc"
)

// Invoices credits Lightning top-ups.
type Invoices struct {
	ln     lnrpc.LightningClient
	ledger Ledger
}

// NewInvoices wires the LND client.
func NewInvoices(ln lnrpc.LightningClient, l Ledger) *Invoices { return &Invoices{ln: ln, ledger: l} }

// AwaitSettle credits the invoice once settled; the caller's ctx carries the
// invoice expiry.
func (i *Invoices) AwaitSettle(ctx context.Context, userID, rhash string, sats int64) error {
	raw, err := hex.DecodeString(rhash)
	if err != nil {
		return err
	}
	for {
		inv, err := i.ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: raw})
		if err != nil {
			return err
		}
		switch inv.State {
		case lnrpc.Invoice_SETTLED:
			return i.ledger.Credit(ctx, userID, sats)
		case lnrpc.Invoice_CANCELED:
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(2 * time.Second):
		}
	}
}

// AwaitPaid is the tip-jar variant.
func (i *Invoices) AwaitPaid(ctx context.Context, userID, rhash string, sats int64) error {
	for { // want "\\[pollbound\\] loop polling payment .*stops only when the payment succeeds"
		inv, err := i.ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHashStr: rhash})
		if err != nil {
			return err
		}
		if inv.State == lnrpc.Invoice_SETTLED {
			return i.ledger.Credit(ctx, userID, sats)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(3 * time.Second):
		}
	}
}
