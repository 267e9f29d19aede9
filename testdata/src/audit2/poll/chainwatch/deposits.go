// Package chainwatch credits crypto top-ups: USDT on an EVM chain and
// Lightning invoices.
package chainwatch

import (
	"context"
	"log"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Ledger credits a user's balance.
type Ledger interface {
	Credit(ctx context.Context, userID string, amount int64) error
}

// Deposits watches deposit transactions submitted by the wallet UI.
type Deposits struct {
	eth    *ethclient.Client
	ledger Ledger
}

// NewDeposits wires the watcher.
func NewDeposits(eth *ethclient.Client, l Ledger) *Deposits { return &Deposits{eth: eth, ledger: l} }

// Track waits for the deposit transaction to be mined, then credits it.
func (d *Deposits) Track(ctx context.Context, userID, txHex string, amount int64) {
	hash := common.HexToHash(txHex)
	for { // want "\\[pollbound\\] loop polling payment hash has no bound"
		rcpt, err := d.eth.TransactionReceipt(ctx, hash)
		if err != nil {
			// not mined yet
			time.Sleep(200 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 200ms"
			continue
		}
		if rcpt.Status == types.ReceiptStatusSuccessful {
			if err := d.ledger.Credit(ctx, userID, amount); err != nil {
				log.Printf("credit %s: %v", txHex, err)
			}
		}
		return
	}
}

// Head keeps the explorer widget's block height fresh.
type Head struct {
	eth    *ethclient.Client
	Latest uint64
}

// Run refreshes the head until the server stops.
func (h *Head) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(200 * time.Millisecond):
		}
		n, err := h.eth.BlockNumber(ctx)
		if err == nil {
			h.Latest = n
		}
	}
}
