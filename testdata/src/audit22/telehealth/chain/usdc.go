// Package chain confirms USDC payments on chain and sends USDC refunds.
package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/cenkalti/backoff/v5"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"audit22/telehealth/platform"
)

// Signer signs USDC transfer transactions from the treasury hot wallet
// (KMS-backed in production).
type Signer interface {
	From() common.Address
	SignTransfer(nonce uint64, to common.Address, amount *big.Int) (*types.Transaction, error)
}

// PaymentStore records what the chain said.
type PaymentStore interface {
	MarkPaid(ctx context.Context, consultID, ref string) error
}

// Watcher follows USDC transfers to the treasury.
type Watcher struct {
	ec            *ethclient.Client
	signer        Signer
	payments      PaymentStore
	confirmations uint64
	log           *slog.Logger
}

// NewWatcher dials the RPC endpoint.
func NewWatcher(rpcURL string, s Signer, p PaymentStore, confirmations uint64) (*Watcher, error) {
	ec, err := ethclient.Dial(rpcURL)
	if err != nil {
		return nil, err
	}
	return &Watcher{ec: ec, signer: s, payments: p, confirmations: confirmations, log: platform.With("chain")}, nil
}

// ErrReverted is returned for a transfer that reverted on chain.
var ErrReverted = errors.New("chain: transaction reverted")

// Confirm waits for the patient's USDC transfer to be mined and marks
// the consult paid. Called from the checkout job once the wallet reports
// the hash.
func (w *Watcher) Confirm(ctx context.Context, consultID string, txHash string) error {
	h := common.HexToHash(txHash)
	for { // want "\\[pollbound\\] loop polling payment h stops only when the payment succeeds \\(line 61\\): a"
		r, err := w.ec.TransactionReceipt(ctx, h)
		if err == nil && r.Status == types.ReceiptStatusSuccessful {
			return w.payments.MarkPaid(ctx, consultID, txHash)
		}
		time.Sleep(15 * time.Second)
	}
}

// AwaitConfirmations waits until the transfer has n confirmations, for
// large clinic top-ups.
func (w *Watcher) AwaitConfirmations(ctx context.Context, txHash string) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	h := common.HexToHash(txHash)
	t := time.NewTicker(12 * time.Second)
	defer t.Stop()
	for { // audit: lookalike pollbound: 30 minute deadline, reverted receipts end it with ErrReverted
		r, err := w.ec.TransactionReceipt(ctx, h)
		if err == nil {
			if r.Status == types.ReceiptStatusFailed {
				return nil, ErrReverted
			}
			head, err := w.ec.BlockNumber(ctx)
			if err == nil && r.BlockNumber != nil && head >= r.BlockNumber.Uint64()+w.confirmations {
				return r, nil
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("tx %s: %w", txHash, ctx.Err())
		case <-t.C:
		}
	}
}

// Refund sends USDC back to the patient's wallet for a cancelled consult.
func (w *Watcher) Refund(ctx context.Context, to string, amount *big.Int) (string, error) {
	dest := common.HexToAddress(to)
	return backoff.Retry(ctx, func() (string, error) {
		nonce, err := w.ec.PendingNonceAt(ctx, w.signer.From())
		if err != nil {
			return "", err
		}
		tx, err := w.signer.SignTransfer(nonce, dest, amount)
		if err != nil {
			return "", backoff.Permanent(err)
		}
		if err := w.ec.SendTransaction(ctx, tx); err != nil { // want "\\[idempotency\\] ethclient\\.Client\\.SendTransaction is retried by backoff\\.Retry \\(line 97\\) with"
			return "", err
		}
		return fmt.Sprintf("0x%x", tx.Hash()), nil
	}, backoff.WithBackOff(backoff.NewExponentialBackOff()), backoff.WithMaxTries(4))
}
