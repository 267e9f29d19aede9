// Package prizes settles a tournament: each winner is paid in TON.
package prizes

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/xssnick/tonutils-go/address"
	"github.com/xssnick/tonutils-go/tlb"
	"github.com/xssnick/tonutils-go/ton"
	"github.com/xssnick/tonutils-go/ton/wallet"

	"tonreward/attempt"
	"tonreward/tonpay"
)

type Winner struct {
	Addr string
	Nano string
}

type Settler struct {
	pay *tonpay.Payer
	api *ton.APIClient
	hot *wallet.Wallet
}

// --- reported: each attempt signs a new transfer ---

// Payout hands the whole transfer to the helper of another package: a
// confirmation wait that timed out after the first transfer landed is
// followed by a second one with the next seqno.
func (s *Settler) Payout(ctx context.Context, w Winner) error {
	return attempt.Upto(ctx, 4, time.Second, func(ctx context.Context) error {
		return s.pay.PayPrize(ctx, w.Addr, w.Nano) // want `tonpay.Payer.PayPrize \(tonutils-go Wallet.TransferWaitTransaction\) is retried by attempt.Upto \(line 36\) without an idempotency key: tonutils-go signs each call with the wallet's seqno read again from the chain`
	})
}

// PayoutLoop retries the SDK's own transfer in a loop.
func (s *Settler) PayoutLoop(ctx context.Context, to *address.Address, amount tlb.Coins) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = s.hot.Transfer(ctx, to, amount, "prize", true); err == nil { // want `tonutils-go Wallet.Transfer is retried by a for loop \(line 44\) without an idempotency key: tonutils-go signs each call with the wallet's seqno`
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// --- silent look-alikes ---

// PayoutSigned signs once and broadcasts the same message on every
// attempt: the contract runs a seqno once.
func (s *Settler) PayoutSigned(ctx context.Context, to *address.Address, amount tlb.Coins) error {
	signed, err := s.pay.SignPrize(ctx, to, amount)
	if err != nil {
		return err
	}
	return attempt.Upto(ctx, 5, time.Second, func(ctx context.Context) error {
		return s.pay.Broadcast(ctx, signed)
	})
}

// PayoutOnce retries only reading the balance; the transfer is sent once.
func (s *Settler) PayoutOnce(ctx context.Context, w Winner) error {
	var bal tlb.Coins
	err := attempt.Upto(ctx, 3, time.Second, func(ctx context.Context) error {
		var err error
		bal, err = s.pay.HotBalance(ctx)
		return err
	})
	if err != nil {
		return err
	}
	_ = bal
	return s.pay.PayPrize(ctx, w.Addr, w.Nano)
}

// WaitSeqno polls the seqno until it moves past the one seen before.
func (s *Settler) WaitSeqno(ctx context.Context, seen uint64) error {
	return attempt.Upto(ctx, 10, 2*time.Second, func(ctx context.Context) error {
		n, err := s.pay.Seqno(ctx)
		if err != nil {
			return err
		}
		if n <= seen {
			return context.DeadlineExceeded
		}
		return nil
	})
}

// PayoutFreshWallet retries only opening the wallet, before anything is
// sent; the transfer follows once.
func (s *Settler) PayoutFreshWallet(ctx context.Context, seed []string, to *address.Address, amount tlb.Coins) error {
	var w *wallet.Wallet
	err := attempt.Upto(ctx, 3, time.Second, func(ctx context.Context) error {
		var err error
		w, err = wallet.FromSeed(s.api, seed, wallet.V4R2)
		return err
	})
	if err != nil {
		return err
	}
	return w.Transfer(ctx, to, amount, "prize", true)
}

// PayoutConnectRetry goes round only while the wallet cannot be opened,
// before anything is signed; a failed transfer stops the retry.
func (s *Settler) PayoutConnectRetry(ctx context.Context, seed []string, to *address.Address, amount tlb.Coins) error {
	return backoff.Retry(func() error {
		w, err := wallet.FromSeed(s.api, seed, wallet.V4R2)
		if err != nil {
			return err
		}
		if err := w.Transfer(ctx, to, amount, "prize", true); err != nil {
			return backoff.Permanent(err)
		}
		return nil
	}, backoff.NewExponentialBackOff())
}

// --- reported: a failed transfer goes round too ---

// PayoutAnyError marks only a refused address permanent; any other
// failure of the transfer, a timed-out confirmation included, is retried.
func (s *Settler) PayoutAnyError(ctx context.Context, seed []string, to *address.Address, amount tlb.Coins) error {
	return backoff.Retry(func() error {
		w, err := wallet.FromSeed(s.api, seed, wallet.V4R2)
		if err != nil {
			return err
		}
		if err := w.Transfer(ctx, to, amount, "prize", true); err != nil { // want `tonutils-go Wallet.Transfer is retried by backoff.Retry \(line 131\) without an idempotency key: tonutils-go signs each call`
			if errors.Is(err, errBadAddress) {
				return backoff.Permanent(err)
			}
			return err
		}
		return nil
	}, backoff.NewExponentialBackOff())
}

var errBadAddress = errors.New("bad address")
