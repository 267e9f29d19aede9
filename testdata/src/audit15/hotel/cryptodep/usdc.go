// Package cryptodep handles USDC deposits on Ethereum: watching a
// guest's transfer until it is confirmed, and sending refunds back.
package cryptodep

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Signer builds and signs an ERC-20 transfer of USDC from the hotel's
// hot wallet. The KMS-backed implementation lives in the wallet service.
type Signer interface {
	SignTransfer(ctx context.Context, nonce uint64, to common.Address, amount *big.Int) (*types.Transaction, error)
}

// Service watches and sends USDC transfers.
type Service struct {
	eth           *ethclient.Client
	signer        Signer
	hotWallet     common.Address
	confirmations uint64
}

// New returns a Service that waits for confirmations blocks.
func New(eth *ethclient.Client, signer Signer, hotWallet common.Address, confirmations uint64) *Service {
	if confirmations == 0 {
		confirmations = 12
	}
	return &Service{eth: eth, signer: signer, hotWallet: hotWallet, confirmations: confirmations}
}

// ErrReverted is returned for a transfer that was mined but failed.
var ErrReverted = errors.New("cryptodep: transfer reverted")

// WatchDeposit waits until the guest's deposit transfer is buried under
// enough blocks to release the booking.
func (s *Service) WatchDeposit(ctx context.Context, txHash common.Hash) error {
	for { // want "\\[pollbound\\] loop polling payment txHash stops only when the payment succeeds \\(line 59\\).*it has no bound"
		rcpt, err := s.eth.TransactionReceipt(ctx, txHash)
		if err != nil {
			time.Sleep(10 * time.Second)
			continue
		}
		head, err := s.eth.BlockNumber(ctx)
		if err != nil {
			time.Sleep(10 * time.Second)
			continue
		}
		mined := rcpt.BlockNumber.Uint64()
		if rcpt.Status == types.ReceiptStatusSuccessful && head >= mined && head-mined+1 >= s.confirmations {
			return nil
		}
		time.Sleep(12 * time.Second)
	}
}

func pause(attempt int) time.Duration {
	return time.Duration(1<<attempt) * 3 * time.Second
}

// SendRefund returns a cancelled stay's USDC deposit to the guest's
// wallet and returns the transaction.
func (s *Service) SendRefund(ctx context.Context, to common.Address, amount *big.Int) (*types.Transaction, error) {
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		nonce, err := s.eth.PendingNonceAt(ctx, s.hotWallet)
		if err != nil {
			lastErr = err
			time.Sleep(pause(attempt))
			continue
		}
		tx, err := s.signer.SignTransfer(ctx, nonce, to, amount)
		if err != nil {
			return nil, fmt.Errorf("cryptodep: sign refund: %w", err)
		}
		if err := s.eth.SendTransaction(ctx, tx); err != nil { // want "\\[idempotency\\] ethclient.Client.SendTransaction is retried by a for loop \\(line 73\\) with a nonce read anew on every attempt"
			lastErr = err
			time.Sleep(pause(attempt))
			continue
		}
		return tx, nil
	}
	return nil, fmt.Errorf("cryptodep: refund to %x: %w", to, lastErr)
}

// Rebroadcast sends an already signed transfer again, for the ops
// console when a node dropped it from its pool.
func (s *Service) Rebroadcast(ctx context.Context, tx *types.Transaction) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if err = s.eth.SendTransaction(ctx, tx); err == nil {
			return nil
		}
		time.Sleep(pause(attempt))
	}
	return err
}

// AwaitRefundMined waits at most fifteen minutes for a refund to be mined
// and reports a reverted transfer as an error.
func (s *Service) AwaitRefundMined(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Minute)
	defer cancel()
	rcpt, err := bind.WaitMined(ctx, s.eth, tx)
	if err != nil {
		return nil, err
	}
	if rcpt.Status == types.ReceiptStatusFailed {
		return rcpt, ErrReverted
	}
	return rcpt, nil
}
