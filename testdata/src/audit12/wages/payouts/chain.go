package payouts

import (
	"context"
	"encoding/hex"
	"errors"
	"math/big"
	"strings"
	"time"

	"audit12/wages/domain"

	"github.com/avast/retry-go/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Signer builds and signs a USDC transfer from the hot wallet.
type Signer interface {
	SignTransfer(ctx context.Context, nonce uint64, to common.Address, amount *big.Int) (*types.Transaction, error)
}

// ChainPayouts sends withdrawals as USDC on an EVM chain.
type ChainPayouts struct {
	eth    *ethclient.Client
	signer Signer
	from   common.Address
	store  domain.WithdrawalStore
}

// NewChainPayouts wires the USDC rail.
func NewChainPayouts(eth *ethclient.Client, signer Signer, from common.Address, store domain.WithdrawalStore) *ChainPayouts {
	return &ChainPayouts{eth: eth, signer: signer, from: from, store: store}
}

func parseAddress(s string) (common.Address, error) {
	var a common.Address
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != len(a) {
		return a, errors.New("bad address")
	}
	copy(a[:], b)
	return a, nil
}

// usdcUnits converts cents to USDC's 6 decimals.
func usdcUnits(cents int64) *big.Int { return new(big.Int).Mul(big.NewInt(cents), big.NewInt(10_000)) }

// Send broadcasts the transfer and waits for it to be mined.
func (c *ChainPayouts) Send(ctx context.Context, w domain.Withdrawal, wallet string) error {
	to, err := parseAddress(wallet)
	if err != nil {
		return c.store.MarkFailed(ctx, w.ID, "invalid wallet")
	}
	var tx *types.Transaction
	err = retry.Do(func() error {
		nonce, err := c.eth.PendingNonceAt(ctx, c.from)
		if err != nil {
			return err
		}
		tx, err = c.signer.SignTransfer(ctx, nonce, to, usdcUnits(w.AmountMinor))
		if err != nil {
			return retry.Unrecoverable(err)
		}
		return c.eth.SendTransaction(ctx, tx) // want "\\[idempotency\\] ethclient.Client.SendTransaction is retried by retry.Do .* with a nonce read anew on every attempt"
	}, retry.Attempts(4), retry.Context(ctx))
	if err != nil {
		return err
	}
	h := tx.Hash()
	if err := c.store.MarkSent(ctx, w.ID, hex.EncodeToString(h[:])); err != nil {
		return err
	}
	r, err := waitReceipt(ctx, c.eth, h)
	if err != nil {
		return err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return c.store.MarkFailed(ctx, w.ID, "reverted")
	}
	return c.store.MarkSettled(ctx, w.ID)
}

func waitReceipt(ctx context.Context, eth *ethclient.Client, h common.Hash) (*types.Receipt, error) {
	for { // want "\\[pollbound\\] loop polling payment h has no bound"
		r, err := eth.TransactionReceipt(ctx, h)
		if err == nil {
			return r, nil
		}
		time.Sleep(4 * time.Second)
	}
}

// Rebroadcast re-sends an already signed transfer that fell out of the
// mempool. The signed transaction keeps its nonce, so it cannot pay twice.
func (c *ChainPayouts) Rebroadcast(ctx context.Context, tx *types.Transaction) error {
	return retry.Do(func() error {
		return c.eth.SendTransaction(ctx, tx)
	}, retry.Attempts(5), retry.Delay(2*time.Second), retry.Context(ctx))
}
