// Package ethclient is a stub of github.com/ethereum/go-ethereum/ethclient
// (v1.15.11): only what paylint's tests use.
package ethclient

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Client is an Ethereum RPC client.
type Client struct{}

func Dial(rawurl string) (*Client, error) { panic("stub") }

func (ec *Client) BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error) {
	panic("stub")
}
func (ec *Client) BlockNumber(ctx context.Context) (uint64, error) { panic("stub") }
func (ec *Client) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	panic("stub")
}
func (ec *Client) TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error) {
	panic("stub")
}
func (ec *Client) TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error) {
	panic("stub")
}
