// Package onchain pays recipients in USDC from the treasury hot wallet.
package onchain

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"audit9/remittance/domain"
)

// Signer signs USDC transfer transactions; the key lives in the KMS.
type Signer interface {
	From() common.Address
	SignUSDCTransfer(ctx context.Context, nonce uint64, to common.Address, amount *big.Int, tipGwei int64) (*types.Transaction, error)
}

// Sender sends USDC payouts.
type Sender struct {
	ec      *ethclient.Client
	signer  Signer
	tipGwei int64
}

// NewSender returns a sender on the given RPC client.
func NewSender(ec *ethclient.Client, signer Signer, tipGwei int64) *Sender {
	return &Sender{ec: ec, signer: signer, tipGwei: tipGwei}
}

const receiptPoll = 800 * time.Millisecond

// ParseAddress parses a 0x-prefixed address.
func ParseAddress(s string) (common.Address, error) {
	var a common.Address
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != common.AddressLength {
		return a, fmt.Errorf("bad wallet address %q", s)
	}
	copy(a[:], b)
	return a, nil
}

// usdcUnits converts cents to USDC base units (6 decimals).
func usdcUnits(cents int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(cents), big.NewInt(10_000))
}

func hashHex(h common.Hash) string { return "0x" + hex.EncodeToString(h[:]) }

// Send implements domain.PayoutRail for USDC wallets.
func (s *Sender) Send(ctx context.Context, t *domain.Transfer) (string, error) {
	to, err := ParseAddress(t.RecipientWallet)
	if err != nil {
		return "", err
	}
	amount := usdcUnits(t.TargetAmount)
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		nonce, err := s.ec.PendingNonceAt(ctx, s.signer.From())
		if err != nil {
			return "", err
		}
		tx, err := s.signer.SignUSDCTransfer(ctx, nonce, to, amount, s.tipGwei)
		if err != nil {
			return "", err
		}
		if err := s.ec.SendTransaction(ctx, tx); err != nil { // want "\\[idempotency\\] ethclient.Client.SendTransaction is retried by a for loop .* nonce read anew on every attempt"
			lastErr = err
			time.Sleep(time.Duration(attempt+1) * 3 * time.Second)
			continue
		}
		return hashHex(tx.Hash()), nil
	}
	return "", fmt.Errorf("broadcast usdc payout for %s: %w", t.ID, lastErr)
}

// SpeedUp replaces a stuck payout with the same nonce and a higher tip.
func (s *Sender) SpeedUp(ctx context.Context, t *domain.Transfer, nonce uint64) (string, error) {
	to, err := ParseAddress(t.RecipientWallet)
	if err != nil {
		return "", err
	}
	amount := usdcUnits(t.TargetAmount)
	tip := s.tipGwei
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		tip *= 2
		tx, err := s.signer.SignUSDCTransfer(ctx, nonce, to, amount, tip)
		if err != nil {
			return "", err
		}
		if err := s.ec.SendTransaction(ctx, tx); err != nil {
			lastErr = err
			time.Sleep(5 * time.Second)
			continue
		}
		wctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
		rcpt, err := bind.WaitMined(wctx, s.ec, tx)
		cancel()
		if err != nil {
			lastErr = err
			continue
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			return "", domain.ErrPayoutFailed
		}
		return hashHex(tx.Hash()), nil
	}
	return "", fmt.Errorf("speed up payout for %s: %w", t.ID, lastErr)
}

// WaitConfirmed waits for the payout's receipt.
func (s *Sender) WaitConfirmed(ctx context.Context, txHash string) (*types.Receipt, error) {
	h := common.HexToHash(txHash)
	for {
		rcpt, err := s.ec.TransactionReceipt(ctx, h)
		if err == nil {
			if rcpt.Status == types.ReceiptStatusSuccessful {
				return rcpt, nil
			}
			return rcpt, domain.ErrPayoutFailed
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(receiptPoll): // want "\\[pollinterval\\] payment status polled every 800ms"
		}
	}
}

// LatestBlock is used by the health check.
func (s *Sender) LatestBlock(ctx context.Context) (uint64, error) {
	n, err := s.ec.BlockNumber(ctx)
	if err != nil {
		return 0, errors.Join(errors.New("rpc unhealthy"), err)
	}
	return n, nil
}
