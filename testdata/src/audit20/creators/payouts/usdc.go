package payouts

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"audit20/creators/store"
)

// Signer signs USDC transfer transactions with the treasury key, which
// lives in a KMS; we never hold it in memory.
type Signer interface {
	Address() common.Address
	SignTransfer(ctx context.Context, nonce uint64, to common.Address, amount *big.Int) (*types.Transaction, error)
}

// USDC sends USDC (6 decimals) from the treasury on Base.
type USDC struct {
	eth    *ethclient.Client
	signer Signer
	log    *slog.Logger
}

// NewUSDC builds a USDC sender.
func NewUSDC(eth *ethclient.Client, signer Signer, log *slog.Logger) *USDC {
	return &USDC{eth: eth, signer: signer, log: log}
}

// Send signs and broadcasts a transfer of amountCents (USD cents) to wallet.
func (u *USDC) Send(ctx context.Context, wallet string, amountCents int64) (common.Hash, error) {
	to := common.HexToAddress(wallet)
	amount := new(big.Int).Mul(big.NewInt(amountCents), big.NewInt(10_000))
	var tx *types.Transaction
	op := func() error {
		nonce, err := u.eth.PendingNonceAt(ctx, u.signer.Address())
		if err != nil {
			return err
		}
		tx, err = u.signer.SignTransfer(ctx, nonce, to, amount)
		if err != nil {
			return backoff.Permanent(err)
		}
		return u.eth.SendTransaction(ctx, tx) // want "\\[idempotency\\] ethclient\\.Client\\.SendTransaction is retried by backoff\\.Retry \\(line 54\\) with"
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx)
	if err := backoff.Retry(op, b); err != nil {
		return common.Hash{}, fmt.Errorf("usdc transfer to %s: %w", wallet, err)
	}
	return tx.Hash(), nil
}

// Confirmed waits for the transfer's receipt and answers whether it
// succeeded on chain.
func (u *USDC) Confirmed(ctx context.Context, hash common.Hash) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	t := time.NewTicker(4 * time.Second)
	defer t.Stop()
	for { // audit: lookalike pollbound: bounded by the 10-minute context, leaves on the receipt whether it succeeded or reverted, and reads every 4s
		r, err := u.eth.TransactionReceipt(ctx, hash)
		if err == nil {
			return r.Status == types.ReceiptStatusSuccessful, nil
		}
		select {
		case <-ctx.Done():
			return false, fmt.Errorf("receipt for %s: %w", hash, ctx.Err())
		case <-t.C:
		}
	}
}

func (s *Service) payUSDC(ctx context.Context, p store.Payout) error {
	if p.Currency != "USD" {
		return fmt.Errorf("payout %s: usdc payouts are USD only", p.ID)
	}
	hash, err := s.chain.Send(ctx, p.Wallet, p.AmountCents)
	if err != nil {
		return err
	}
	if err := s.ledger.MarkSending(ctx, p.ID, fmt.Sprintf("%x", hash)); err != nil {
		return err
	}
	ok, err := s.chain.Confirmed(ctx, hash)
	if err != nil {
		s.log.Warn("usdc receipt not seen yet; reconciler will pick it up", "payout", p.ID, "err", err)
		return nil
	}
	if !ok {
		return s.ledger.MarkFailed(ctx, p.ID, "transfer reverted")
	}
	return s.ledger.MarkPaid(ctx, p.ID)
}
