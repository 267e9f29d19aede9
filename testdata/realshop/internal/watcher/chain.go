package watcher

import (
	"context"
	"errors"
	"time"

	"example.com/realshop/internal/service"
)

// Receipt is a transaction receipt (go-ethereum's types.Receipt, reduced).
type Receipt struct{ Status uint64 }

// ChainClient is the part of go-ethereum's *ethclient.Client the shop
// uses, declared here with stand-in types so that the example module does
// not build go-ethereum (v1.17.10 takes about 3 minutes to build cold on
// the CI machine: core/types pulls in the KZG and BLS libraries).
// paylint knows *ethclient.Client, bind.WaitMined and interfaces declared
// with go-ethereum's own types (TransactionReceipt(ctx, common.Hash)
// (*types.Receipt, error)); an interface over other types is a block
// explorer's to it, so the poll below is a known miss of this module.
type ChainClient interface {
	TransactionReceipt(ctx context.Context, txHash string) (*Receipt, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// WaitTx waits for the payment transaction, every 500ms.
func WaitTx(ctx context.Context, c ChainClient, orders *service.OrderService, txHash, outTradeNo string) error {
	for i := 0; i < 240; i++ {
		r, err := c.TransactionReceipt(ctx, txHash)
		if err == nil && r.Status == 1 {
			return orders.MarkPaid(outTradeNo)
		}
		time.Sleep(500 * time.Millisecond) // paylint: expect pollinterval
	}
	return errors.New("transaction not confirmed")
}

// FollowHead logs the chain head every 200ms: a block explorer, no
// payment.
func FollowHead(ctx context.Context, c ChainClient, out chan<- uint64) {
	for ctx.Err() == nil {
		if n, err := c.BlockNumber(ctx); err == nil {
			out <- n
		}
		time.Sleep(200 * time.Millisecond)
	}
}
