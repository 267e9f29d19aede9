// Package chain follows on-chain USDC contributions and Lightning tips.
package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

var ErrReverted = errors.New("transaction reverted")

// Watcher waits for USDC contributions to be mined and confirmed.
type Watcher struct {
	eth           *ethclient.Client
	confirmations uint64
	blockTime     time.Duration
	maxWait       time.Duration
}

// NewWatcher builds a watcher; Base produces a block every two seconds,
// mainnet every twelve.
func NewWatcher(eth *ethclient.Client, confirmations uint64, blockTime time.Duration) *Watcher {
	return &Watcher{eth: eth, confirmations: confirmations, blockTime: blockTime, maxWait: 2 * time.Hour}
}

// AwaitConfirmations returns the receipt once the contribution has enough
// blocks on top of it.
func (w *Watcher) AwaitConfirmations(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, w.maxWait)
	defer cancel()
	tick := time.NewTicker(w.blockTime)
	defer tick.Stop()
	for {
		rcpt, err := w.eth.TransactionReceipt(ctx, hash)
		if err == nil {
			if rcpt.Status == types.ReceiptStatusFailed {
				return nil, ErrReverted
			}
			head, err := w.eth.BlockNumber(ctx)
			if err == nil && rcpt.BlockNumber != nil && head >= rcpt.BlockNumber.Uint64()+w.confirmations {
				return rcpt, nil
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("contribution %s unconfirmed: %w", hash, ctx.Err())
		case <-tick.C:
		}
	}
}

// WaitIncluded is the short wait behind the contribution page's spinner:
// it returns as soon as the transaction is in a block, or nil after about
// fifteen seconds.
func (w *Watcher) WaitIncluded(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	for i := 0; i < 20; i++ {
		rcpt, err := w.eth.TransactionReceipt(ctx, hash)
		if err == nil {
			if rcpt.Status == types.ReceiptStatusFailed {
				return nil, ErrReverted
			}
			return rcpt, nil
		}
		time.Sleep(750 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 750ms"
	}
	return nil, nil
}

// Signer signs USDC transfers from the platform's treasury.
type Signer interface {
	Address() common.Address
	SignTransfer(nonce uint64, to common.Address, amount *big.Int) (*types.Transaction, error)
}

// Refunder sends USDC back to backers of failed campaigns.
type Refunder struct {
	eth    *ethclient.Client
	signer Signer
}

func NewRefunder(eth *ethclient.Client, s Signer) *Refunder { return &Refunder{eth: eth, signer: s} }

// Refund returns amount (in USDC base units) to a backer's address.
func (r *Refunder) Refund(ctx context.Context, to common.Address, amount *big.Int) (common.Hash, error) {
	var lastErr error
	for attempt := 1; attempt <= 4; attempt++ {
		nonce, err := r.eth.PendingNonceAt(ctx, r.signer.Address())
		if err != nil {
			return common.Hash{}, err
		}
		tx, err := r.signer.SignTransfer(nonce, to, amount)
		if err != nil {
			return common.Hash{}, err
		}
		if err := r.eth.SendTransaction(ctx, tx); err != nil { // want "\\[idempotency\\] ethclient.Client.SendTransaction is retried by a for loop \\(line 92\\) with a nonce read anew on every attempt"
			lastErr = err
			time.Sleep(time.Duration(attempt) * 3 * time.Second)
			continue
		}
		return tx.Hash(), nil
	}
	return common.Hash{}, fmt.Errorf("refund to %x: %w", to, lastErr)
}
