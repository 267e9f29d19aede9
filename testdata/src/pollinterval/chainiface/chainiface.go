// Package chainiface: a payment watcher that hides go-ethereum's client
// behind a small interface declared with go-ethereum's own types (so its
// tests can fake it) polls a transaction receipt like the client itself;
// a block explorer's interface with the same method name and its own
// types is a look-alike.
package chainiface

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ReceiptReader is the part of *ethclient.Client the watcher uses.
type ReceiptReader interface {
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// awaitDeposit polls the deposit's receipt every 500ms.
func awaitDeposit(ctx context.Context, c ReceiptReader, tx common.Hash) error {
	for i := 0; i < 240; i++ {
		r, err := c.TransactionReceipt(ctx, tx)
		if err == nil && r.Status == types.ReceiptStatusSuccessful {
			return nil
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms`
	}
	return errors.New("deposit not confirmed")
}

// ExplorerTx is a block explorer's view of a transaction.
type ExplorerTx struct{ Confirmations int }

// Explorer is a block explorer's API client: same method name, its own
// types.
type Explorer interface {
	TransactionReceipt(ctx context.Context, hash string) (*ExplorerTx, error)
}

// indexBlocks follows an explorer for a dashboard: not a payment's status.
func indexBlocks(ctx context.Context, e Explorer, hashes []string) {
	for {
		for _, h := range hashes {
			_, _ = e.TransactionReceipt(ctx, h)
		}
		time.Sleep(500 * time.Millisecond)
	}
}
