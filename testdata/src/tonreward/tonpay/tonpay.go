// Package tonpay pays tournament prizes in TON from the studio's hot
// wallet through tonutils-go.
package tonpay

import (
	"context"
	"fmt"
	"time"

	"github.com/xssnick/tonutils-go/address"
	"github.com/xssnick/tonutils-go/tlb"
	"github.com/xssnick/tonutils-go/ton"
	"github.com/xssnick/tonutils-go/ton/wallet"
)

type Payer struct {
	api  *ton.APIClient
	seed []string
}

func New(api *ton.APIClient, seed []string) *Payer { return &Payer{api: api, seed: seed} }

func (p *Payer) hot() (*wallet.Wallet, error) {
	return wallet.FromSeed(p.api, p.seed, wallet.V4R2)
}

// PayPrize transfers nanotons to a winner and waits for the transaction:
// the wallet signs it with the seqno it reads on this call.
func (p *Payer) PayPrize(ctx context.Context, winner string, nano string) error {
	to, err := address.ParseAddr(winner)
	if err != nil {
		return fmt.Errorf("winner address: %w", err)
	}
	amount, err := tlb.FromTON(nano)
	if err != nil {
		return err
	}
	w, err := p.hot()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	_, _, err = w.TransferWaitTransaction(ctx, to, amount, "prize")
	return err
}

// Signed is a prize transfer signed once, to be broadcast as many times
// as it takes: its seqno is fixed, so the contract executes it once.
type Signed struct {
	ext *tlb.ExternalMessage
}

// SignPrize builds and signs the transfer without sending it.
func (p *Payer) SignPrize(ctx context.Context, winner *address.Address, amount tlb.Coins) (*Signed, error) {
	w, err := p.hot()
	if err != nil {
		return nil, err
	}
	msg, err := w.BuildTransfer(winner, amount, true, "prize")
	if err != nil {
		return nil, err
	}
	ext, err := w.BuildExternalMessageForMany(ctx, []*wallet.Message{msg})
	if err != nil {
		return nil, err
	}
	return &Signed{ext: ext}, nil
}

// Broadcast sends the signed message as it is.
func (p *Payer) Broadcast(ctx context.Context, s *Signed) error {
	return p.api.SendExternalMessage(ctx, s.ext)
}

// HotBalance reads the hot wallet's balance.
func (p *Payer) HotBalance(ctx context.Context) (tlb.Coins, error) {
	w, err := p.hot()
	if err != nil {
		return tlb.Coins{}, err
	}
	block, err := p.api.CurrentMasterchainInfo(ctx)
	if err != nil {
		return tlb.Coins{}, err
	}
	return w.GetBalance(ctx, block)
}

// Seqno reads the hot wallet's seqno through its get-method.
func (p *Payer) Seqno(ctx context.Context) (uint64, error) {
	w, err := p.hot()
	if err != nil {
		return 0, err
	}
	block, err := p.api.CurrentMasterchainInfo(ctx)
	if err != nil {
		return 0, err
	}
	res, err := p.api.RunGetMethod(ctx, block, w.Address(), "seqno")
	if err != nil {
		return 0, err
	}
	n, err := res.Int(0)
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}
