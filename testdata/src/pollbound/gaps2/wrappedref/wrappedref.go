// Package wrappedref polls Lightning invoices by a request literal that
// wraps the invoice's hash: messages name the hash variable.
package wrappedref

import (
	"context"
	"time"

	"github.com/lightningnetwork/lnd/lnrpc"
)

// waitSettledOnly names the wrapped hash, not the literal.
func waitSettledOnly(ctx context.Context, ln lnrpc.LightningClient, hash []byte) error {
	for { // want `loop polling payment hash stops only when the payment succeeds`
		inv, err := ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: hash})
		if err != nil {
			return err
		}
		if inv.State == lnrpc.Invoice_SETTLED {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

// twoFields: the literal carries two variables; it is named as written.
func twoFields(ctx context.Context, ln lnrpc.LightningClient, hash []byte, hexHash string) error {
	for { // want `loop polling payment &lnrpc.PaymentHash\{…\} stops only when the payment succeeds`
		inv, err := ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHashStr: hexHash, RHash: hash})
		if err != nil {
			return err
		}
		if inv.State == lnrpc.Invoice_SETTLED {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}
