package payments

// Gift cards bought with ETH: the buyer's payment receipt is followed
// until mined, and refunds are signed and broadcast from the hot wallet.

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Signer signs a value transfer from the hot wallet with the given nonce.
type Signer interface {
	SignTransfer(ctx context.Context, nonce uint64, to common.Address, wei *big.Int) (*types.Transaction, error)
}

// Wallet is the hot wallet.
type Wallet struct {
	ec     *ethclient.Client
	signer Signer
	from   common.Address
}

// NewWallet builds the wallet.
func NewWallet(ec *ethclient.Client, s Signer, from common.Address) *Wallet {
	return &Wallet{ec: ec, signer: s, from: from}
}

// ErrReverted is returned for a mined transaction that failed.
var ErrReverted = errors.New("transaction reverted")

// AwaitReceipt waits up to 15 minutes for the buyer's transaction to be mined.
func (w *Wallet) AwaitReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Minute)
	defer cancel()
	for {
		rcpt, err := w.ec.TransactionReceipt(ctx, hash)
		if err == nil && rcpt != nil {
			if rcpt.Status == types.ReceiptStatusFailed {
				return rcpt, ErrReverted
			}
			return rcpt, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		time.Sleep(500 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 500ms"
	}
}

// Refund returns wei to a buyer whose order could not be fulfilled.
func (w *Wallet) Refund(ctx context.Context, to common.Address, wei *big.Int) (common.Hash, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		nonce, err := w.ec.PendingNonceAt(ctx, w.from)
		if err != nil {
			return common.Hash{}, err
		}
		tx, err := w.signer.SignTransfer(ctx, nonce, to, wei)
		if err != nil {
			return common.Hash{}, err
		}
		if lastErr = w.ec.SendTransaction(ctx, tx); lastErr == nil { // want "\\[idempotency\\] ethclient.Client.SendTransaction is retried by a for loop \\(line 59\\) with a nonce read anew on every attempt"
			return tx.Hash(), nil
		}
		time.Sleep(time.Duration(attempt+1) * 3 * time.Second)
	}
	return common.Hash{}, lastErr
}

// Sweep moves the day's receipts to cold storage; the signed transaction
// is broadcast again as is when a node rejects it.
func (w *Wallet) Sweep(ctx context.Context, cold common.Address, wei *big.Int) (common.Hash, error) {
	nonce, err := w.ec.PendingNonceAt(ctx, w.from)
	if err != nil {
		return common.Hash{}, err
	}
	tx, err := w.signer.SignTransfer(ctx, nonce, cold, wei)
	if err != nil {
		return common.Hash{}, err
	}
	for attempt := 0; attempt < 5; attempt++ {
		if err = w.ec.SendTransaction(ctx, tx); err == nil {
			return tx.Hash(), nil
		}
		time.Sleep(time.Duration(2<<attempt) * time.Second)
	}
	return common.Hash{}, err
}
