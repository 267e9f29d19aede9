// Package chainwatch confirms on-chain withdrawals and deposits.
package chainwatch

import (
	"context"
	"errors"
	"log"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Store marks withdrawals confirmed or failed.
type Store interface {
	MarkConfirmed(ctx context.Context, withdrawalID string, block *big.Int) error
	MarkFailed(ctx context.Context, withdrawalID string) error
}

// Watcher follows broadcast transactions until they are mined.
type Watcher struct {
	eth   *ethclient.Client
	store Store
}

// NewWatcher wires the watcher.
func NewWatcher(eth *ethclient.Client, store Store) *Watcher {
	return &Watcher{eth: eth, store: store}
}

// AwaitFast is used by the "instant withdrawal" path: it asks the node for
// the receipt five times a second.
func (w *Watcher) AwaitFast(ctx context.Context, id string, hash common.Hash) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	for {
		receipt, err := w.eth.TransactionReceipt(ctx, hash)
		if err == nil {
			if receipt.Status == types.ReceiptStatusSuccessful {
				return w.store.MarkConfirmed(ctx, id, receipt.BlockNumber)
			}
			return w.store.MarkFailed(ctx, id)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond): // want "\\[pollinterval\\] payment status polled every 200ms"
		}
	}
}

// AwaitForever is the legacy confirmer started per withdrawal from main.
// It only leaves on success; a reverted tx keeps it polling for good.
func (w *Watcher) AwaitForever(id string, hash common.Hash) {
	ctx := context.Background()
	for { // want "\\[pollbound\\] loop polling payment hash stops only when the payment succeeds"
		receipt, err := w.eth.TransactionReceipt(ctx, hash)
		if err == nil && receipt.Status == types.ReceiptStatusSuccessful {
			_ = w.store.MarkConfirmed(ctx, id, receipt.BlockNumber)
			return
		}
		time.Sleep(15 * time.Second)
	}
}

// AwaitMined is the current confirmer: go-ethereum's WaitMined under a deadline.
func (w *Watcher) AwaitMined(ctx context.Context, id string, tx *types.Transaction) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	receipt, err := bind.WaitMined(ctx, w.eth, tx)
	if err != nil {
		return err
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return w.store.MarkFailed(ctx, id)
	}
	return w.store.MarkConfirmed(ctx, id, receipt.BlockNumber)
}

// AwaitBounded polls every 4s, at most 90 times, and exits on either status.
func (w *Watcher) AwaitBounded(ctx context.Context, id string, hash common.Hash) error {
	for i := 0; i < 90; i++ {
		receipt, err := w.eth.TransactionReceipt(ctx, hash)
		switch {
		case err != nil:
			log.Printf("receipt %s not yet: %v", hash, err)
		case receipt.Status == types.ReceiptStatusSuccessful:
			return w.store.MarkConfirmed(ctx, id, receipt.BlockNumber)
		default:
			return w.store.MarkFailed(ctx, id)
		}
		time.Sleep(4 * time.Second)
	}
	return errors.New("chainwatch: receipt not found after 6 minutes")
}
