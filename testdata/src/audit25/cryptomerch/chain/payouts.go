// Package chain sends USDC payouts and watches stablecoin settlement on Ethereum.
package chain

import (
	"context"
	"encoding/hex"
	"fmt"
	"log/slog"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"audit25/cryptomerch/platform"
	"audit25/cryptomerch/store"
)

// Signer signs transactions from the treasury key held in the KMS.
type Signer interface {
	SignTx(ctx context.Context, nonce uint64, to common.Address, data []byte) (*types.Transaction, error)
}

// Treasury sends ERC-20 transfers from the shop's hot wallet.
type Treasury struct {
	eth      *ethclient.Client
	signer   Signer
	from     common.Address
	token    common.Address
	payouts  *store.Payouts
	attempts int
}

// Option configures a Treasury.
type Option func(*Treasury)

// WithAttempts sets how many times a send is tried.
func WithAttempts(n int) Option { return func(t *Treasury) { t.attempts = n } }

// NewTreasury returns a treasury over eth.
func NewTreasury(eth *ethclient.Client, signer Signer, from, token string, payouts *store.Payouts, opts ...Option) *Treasury {
	t := &Treasury{
		eth:      eth,
		signer:   signer,
		from:     common.HexToAddress(from),
		token:    common.HexToAddress(token),
		payouts:  payouts,
		attempts: 3,
	}
	for _, o := range opts {
		o(t)
	}
	return t
}

// transferData is the calldata of ERC-20 transfer(to, amount).
func transferData(to common.Address, amount *big.Int) []byte {
	data := make([]byte, 0, 68)
	sel, _ := hex.DecodeString("a9059cbb")
	data = append(data, sel...)
	data = append(data, common.LeftPadBytes(to[:], 32)...)
	data = append(data, common.LeftPadBytes(amount.Bytes(), 32)...)
	return data
}

// Pay sends a creator payout.
func (t *Treasury) Pay(ctx context.Context, p store.Payout) (string, error) {
	to := common.HexToAddress(p.Wallet)
	data := transferData(to, big.NewInt(p.AmountUnits))
	var hash string
	err := platform.Retry(ctx, t.attempts, func(ctx context.Context) error {
		nonce, err := t.eth.PendingNonceAt(ctx, t.from)
		if err != nil {
			return err
		}
		tx, err := t.signer.SignTx(ctx, nonce, t.token, data)
		if err != nil {
			return err
		}
		if err := t.eth.SendTransaction(ctx, tx); err != nil { // want "\\[idempotency\\] ethclient\\.Client\\.SendTransaction is retried by platform\\.Retry \\(line 72\\)"
			return err
		}
		hash = tx.Hash().Hex()
		return nil
	})
	return hash, err
}

// Refund returns a buyer's stablecoin payment to the address it came from.
// The nonce is pinned on the refund row the first time, so a resend after a
// timeout replaces the same transfer instead of adding one.
func (t *Treasury) Refund(ctx context.Context, p store.Payout) (string, error) {
	nonce, err := t.reserveNonce(ctx, p)
	if err != nil {
		return "", err
	}
	tx, err := t.signer.SignTx(ctx, nonce, t.token, transferData(common.HexToAddress(p.Wallet), big.NewInt(p.AmountUnits)))
	if err != nil {
		return "", err
	}
	err = platform.Retry(ctx, t.attempts, func(ctx context.Context) error {
		err := t.eth.SendTransaction(ctx, tx) // audit: lookalike idempotency: the nonce is pinned on the row and the transaction signed once before the retry; every attempt resends the same signed transfer
		if err != nil && strings.Contains(err.Error(), "already known") {
			return nil
		}
		return err
	})
	if err != nil {
		return "", err
	}
	return tx.Hash().Hex(), nil
}

func (t *Treasury) reserveNonce(ctx context.Context, p store.Payout) (uint64, error) {
	if p.Nonce != nil {
		return *p.Nonce, nil
	}
	n, err := t.eth.PendingNonceAt(ctx, t.from)
	if err != nil {
		return 0, err
	}
	if err := t.payouts.SetNonce(ctx, p.ID, n); err != nil {
		return 0, fmt.Errorf("pin nonce: %w", err)
	}
	slog.Info("nonce pinned", "payout", p.ID, "nonce", n)
	return n, nil
}
