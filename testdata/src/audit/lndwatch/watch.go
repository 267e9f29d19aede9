// Package lndwatch settles Lightning and on-chain payments for a small
// donation site, and indexes blocks for its explorer page.
package lndwatch

import (
	"context"
	"encoding/hex"
	"log"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/lightningnetwork/lnd/lnrpc"
)

type Watcher struct {
	ln  lnrpc.LightningClient
	eth *ethclient.Client
}

// WaitInvoice asks lnd every second until the invoice settles, forever if
// the buyer never pays and lnd never cancels it.
func (w *Watcher) WaitInvoice(ctx context.Context, rhash string) error {
	h, _ := hex.DecodeString(rhash)
	for { // want `\[pollbound\] loop polling payment .*stops only when the payment succeeds`
		inv, err := w.ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: h})
		if err != nil {
			log.Print(err)
		} else if inv.State == lnrpc.Invoice_SETTLED {
			return nil
		}
		time.Sleep(time.Second) // want `\[pollinterval\] payment status polled every 1s`
	}
}

// WaitInvoiceGood polls every 5s, exits on SETTLED and CANCELED and stops
// after 30 minutes: silent.
func (w *Watcher) WaitInvoiceGood(ctx context.Context, rhash string) (bool, error) {
	h, _ := hex.DecodeString(rhash)
	deadline := time.Now().Add(30 * time.Minute)
	for time.Now().Before(deadline) {
		inv, err := w.ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: h})
		if err == nil {
			switch inv.State {
			case lnrpc.Invoice_SETTLED:
				return true, nil
			case lnrpc.Invoice_CANCELED:
				return false, nil
			}
		}
		time.Sleep(5 * time.Second)
	}
	return false, context.DeadlineExceeded
}

// WaitDeposit waits for the deposit transaction to be mined: busy loop.
func (w *Watcher) WaitDeposit(ctx context.Context, txHex string) (uint64, error) {
	for {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		// audit: found pollinterval: receipt polled with no wait at all (busy loop)
		r, err := w.eth.TransactionReceipt(ctx, common.HexToHash(txHex)) // want `\[pollinterval\]\ payment\ status\ polled\ in\ a\ busy\ loop\ with\ no\ wait\ between\ reads\ \(ethcl`
		if err == nil && r != nil {
			return r.Status, nil
		}
	}
}

// IndexBlocks follows the chain head for the explorer page: a block
// explorer read, not a payment (look-alike: silent).
func (w *Watcher) IndexBlocks(ctx context.Context, out chan<- *big.Int) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		n, err := w.eth.BlockNumber(ctx)
		if err != nil {
			continue
		}
		out <- new(big.Int).SetUint64(n)
	}
}
