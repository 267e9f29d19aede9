// Package chainmined: chain reads whose nil error (and found result) is
// the mined state, polled in busy loops; a block indexer is a look-alike.
package chainmined

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// waitDeposit asks for the receipt with no wait at all: found means mined.
func waitDeposit(ctx context.Context, c *ethclient.Client, txHex string) (uint64, error) {
	for {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		r, err := c.TransactionReceipt(ctx, common.HexToHash(txHex)) // want `payment status polled in a busy loop`
		if err == nil && r != nil {
			return r.Status, nil
		}
	}
}

// waitNotPending: TransactionByHash until it is no longer pending, busy.
func waitNotPending(ctx context.Context, c *ethclient.Client, h common.Hash) error {
	for i := 0; i < 1000000; i++ {
		_, pending, err := c.TransactionByHash(ctx, h) // want `payment status polled in a busy loop`
		if err == nil && !pending {
			return nil
		}
	}
	return errors.New("still pending")
}

// waitReceiptSlow asks every 5s: silent.
func waitReceiptSlow(ctx context.Context, c *ethclient.Client, h common.Hash) (*types.Receipt, error) {
	for i := 0; i < 120; i++ {
		r, err := c.TransactionReceipt(ctx, h)
		if err == nil {
			return r, nil
		}
		time.Sleep(5 * time.Second)
	}
	return nil, errors.New("not mined")
}

// retryOnce retries a failed receipt read twice in a row after a send:
// no loop on the mined state beyond the error, and a bounded retry of a
// read. It leaves on the first answer whatever it is, with a wait: silent.
func retryOnce(ctx context.Context, b bind.DeployBackend, tx *types.Transaction) (*types.Receipt, error) {
	var err error
	for i := 0; i < 3; i++ {
		var r *types.Receipt
		if r, err = bind.WaitMined(ctx, b, tx); err == nil {
			return r, nil
		}
		time.Sleep(2 * time.Second)
	}
	return nil, err
}

// indexBlocks follows the chain block by block with no wait: a block
// indexer, not a payment (silent).
func indexBlocks(ctx context.Context, c *ethclient.Client, out chan<- *types.Block) {
	for n := int64(0); ctx.Err() == nil; n++ {
		b, err := c.BlockByNumber(ctx, big.NewInt(n))
		if err != nil {
			continue
		}
		out <- b
	}
}

// waitFound leaves as soon as the receipt is found (err == nil), with no
// wait: a busy poll of the mined state.
func waitFound(ctx context.Context, c *ethclient.Client, h common.Hash) (*types.Receipt, error) {
	for ctx.Err() == nil {
		r, err := c.TransactionReceipt(ctx, h) // want `payment status polled in a busy loop`
		if err == nil {
			return r, nil
		}
	}
	return nil, ctx.Err()
}

// waitBackend reads the receipt through bind.DeployBackend, busy.
func waitBackend(ctx context.Context, b bind.DeployBackend, h common.Hash) (*types.Receipt, error) {
	for ctx.Err() == nil {
		r, err := b.TransactionReceipt(ctx, h) // want `payment status polled in a busy loop`
		if err != nil {
			continue
		}
		return r, nil
	}
	return nil, ctx.Err()
}

// waitMinedAgain calls bind.WaitMined, which waits by itself, until it
// returns without error: not a busy loop (silent).
func waitMinedAgain(ctx context.Context, b bind.DeployBackend, tx *types.Transaction) *types.Receipt {
	for {
		r, err := bind.WaitMined(ctx, b, tx)
		if err == nil {
			return r
		}
	}
}

// fetchHeader reads a header with no wait until it is found: a header is
// not a payment (silent).
func fetchHeader(ctx context.Context, c *ethclient.Client, n *big.Int) *types.Header {
	for {
		h, err := c.HeaderByNumber(ctx, n)
		if err == nil {
			return h
		}
	}
}
