// Package ton is a stub of github.com/xssnick/tonutils-go/ton (v1.12.0):
// only what paylint's tests use.
package ton

import (
	"context"
	"math/big"

	"github.com/xssnick/tonutils-go/address"
	"github.com/xssnick/tonutils-go/tlb"
)

// LiteClient is a connection to liteservers.
type LiteClient interface {
	StickyContext(ctx context.Context) context.Context
}

type BlockIDExt = tlb.BlockInfo

// ExecutionResult is the stack a get method returned.
type ExecutionResult struct{}

func (r ExecutionResult) Int(index uint) (*big.Int, error) { panic("stub") }

// APIClient talks to the TON blockchain.
type APIClient struct{}

func NewAPIClient(client LiteClient) *APIClient { panic("stub") }

func (c *APIClient) CurrentMasterchainInfo(ctx context.Context) (_ *BlockIDExt, err error) {
	panic("stub")
}
func (c *APIClient) GetAccount(ctx context.Context, block *BlockIDExt, addr *address.Address) (*tlb.Account, error) {
	panic("stub")
}
func (c *APIClient) RunGetMethod(ctx context.Context, blockInfo *BlockIDExt, addr *address.Address, method string, params ...any) (*ExecutionResult, error) {
	panic("stub")
}
func (c *APIClient) SendExternalMessage(ctx context.Context, msg *tlb.ExternalMessage) error {
	panic("stub")
}
func (c *APIClient) SendExternalMessageWaitTransaction(ctx context.Context, ext *tlb.ExternalMessage) (*tlb.Transaction, *BlockIDExt, []byte, error) {
	panic("stub")
}
func (c *APIClient) ListTransactions(ctx context.Context, addr *address.Address, limit uint32, lt uint64, txHash []byte) ([]*tlb.Transaction, error) {
	panic("stub")
}
func (c *APIClient) FindLastTransactionByInMsgHash(ctx context.Context, addr *address.Address, msgHash []byte, maxTxNumToScan ...int) (*tlb.Transaction, error) {
	panic("stub")
}
