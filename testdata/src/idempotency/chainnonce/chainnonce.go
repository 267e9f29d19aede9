// Package chainnonce: on-chain payouts broadcast again after an error.
// For an on-chain transfer the nonce is the idempotency key: a
// transaction re-sent with the same nonce replaces (or duplicates) the
// first, one signed with a nonce read again is a second transfer, and a
// broadcast that timed out after the node accepted it then pays twice.
package chainnonce

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// node is the part of a chain client the treasury uses, declared with
// go-ethereum's own types (a fake in tests).
type node interface {
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
}

type signFunc func(nonce uint64, to common.Address, wei, gasPrice *big.Int) (*types.Transaction, error)

type Treasury struct {
	rpc  node
	eth  *ethclient.Client
	hot  common.Address
	sign signFunc
}

// --- flagged: the nonce read again on every attempt ---

func (t *Treasury) Withdraw(ctx context.Context, to common.Address, wei *big.Int) error {
	return backoff.Retry(func() error {
		n, err := t.rpc.NonceAt(ctx, t.hot, nil)
		if err != nil {
			return err
		}
		tx, err := t.sign(n, to, wei, big.NewInt(30e9))
		if err != nil {
			return backoff.Permanent(err)
		}
		return t.rpc.SendTransaction(ctx, tx) // want `chainnonce.node.SendTransaction is retried by backoff.Retry \(line 40\) with a nonce read anew on every attempt \(t.rpc.NonceAt\(ctx, t.hot, nil\), line 41\)`
	}, backoff.NewExponentialBackOff())
}

// nextNonce hides the read in a helper.
func (t *Treasury) nextNonce(ctx context.Context) (uint64, error) {
	return t.eth.PendingNonceAt(ctx, t.hot)
}

func (t *Treasury) Sweep(ctx context.Context, to common.Address, wei *big.Int) error {
	var lastErr error
	for left := 4; left > 0; left-- {
		nonce, err := t.nextNonce(ctx)
		if err != nil {
			return err
		}
		signed, err := t.sign(nonce, to, wei, big.NewInt(25e9))
		if err != nil {
			return err
		}
		lastErr = t.eth.SendTransaction(ctx, signed) // want `ethclient.Client.SendTransaction is retried by a for loop \(line 60\) with a nonce read anew on every attempt \(t.nextNonce\(ctx\), line 61\)`
		if lastErr == nil {
			return nil
		}
		time.Sleep(3 * time.Second)
	}
	return lastErr
}

// --- silent look-alikes ---

// The nonce read once; each attempt re-signs it with a higher gas price:
// a replacement of the same transfer, never a second one.
func (t *Treasury) WithdrawBumped(ctx context.Context, to common.Address, wei *big.Int) error {
	nonce, err := t.eth.PendingNonceAt(ctx, t.hot)
	if err != nil {
		return err
	}
	gas := big.NewInt(20e9)
	for attempt := 0; attempt < 5; attempt++ {
		tx, err := t.sign(nonce, to, wei, new(big.Int).Mul(gas, big.NewInt(int64(attempt+1))))
		if err != nil {
			return err
		}
		if err = t.eth.SendTransaction(ctx, tx); err == nil {
			return nil
		}
		time.Sleep(5 * time.Second)
	}
	return errors.New("withdraw: not accepted")
}

// The same signed transaction re-broadcast: the node drops duplicates.
func (t *Treasury) Rebroadcast(ctx context.Context, tx *types.Transaction) error {
	var err error
	for i := 0; i < 3; i++ {
		// Read for the log line only: the transaction sent is the same.
		pending, _ := t.eth.PendingNonceAt(ctx, t.hot)
		_ = pending
		if err = t.rpc.SendTransaction(ctx, tx); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// The nonce read on the first attempt only.
func (t *Treasury) WithdrawLazy(ctx context.Context, to common.Address, wei *big.Int) error {
	var nonce uint64
	var err error
	for i := 0; i < 3; i++ {
		if nonce == 0 {
			nonce, err = t.rpc.NonceAt(ctx, t.hot, nil)
			if err != nil {
				return err
			}
		}
		tx, serr := t.sign(nonce, to, wei, big.NewInt(30e9))
		if serr != nil {
			return serr
		}
		if err = t.rpc.SendTransaction(ctx, tx); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// One transfer per payee, each with its own nonce: a batch, not a retry.
func (t *Treasury) PayAll(ctx context.Context, payees []common.Address, wei *big.Int) error {
	for _, p := range payees {
		n, err := t.eth.PendingNonceAt(ctx, t.hot)
		if err != nil {
			return err
		}
		tx, err := t.sign(n, p, wei, big.NewInt(30e9))
		if err != nil {
			return err
		}
		if err := t.eth.SendTransaction(ctx, tx); err != nil {
			return err
		}
	}
	return nil
}

// The nonce read again only after the node refused the transaction for
// its nonce: the first was never accepted, a new nonce is the fix.
func (t *Treasury) WithdrawNonceRace(ctx context.Context, to common.Address, wei *big.Int) error {
	for attempt := 0; attempt < 3; attempt++ {
		n, err := t.eth.PendingNonceAt(ctx, t.hot)
		if err != nil {
			return err
		}
		tx, err := t.sign(n, to, wei, big.NewInt(30e9))
		if err != nil {
			return err
		}
		err = t.eth.SendTransaction(ctx, tx)
		if err == nil {
			return nil
		}
		if !strings.Contains(err.Error(), "nonce too low") {
			return err
		}
	}
	return errors.New("withdraw: nonce kept moving")
}
