// Package bind is a stub of
// github.com/ethereum/go-ethereum/accounts/abi/bind (v1.15.11, v1.17.10): only what
// paylint's tests use. (DeployBackend is an alias of the v2 package's
// interface there; declared here directly.)
package bind

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// DeployBackend reads receipts and code.
type DeployBackend interface {
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
}

// WaitMined waits for tx to be mined and returns its receipt.
func WaitMined(ctx context.Context, b DeployBackend, tx *types.Transaction) (*types.Receipt, error) {
	panic("stub")
}

// WaitMinedHash waits for the transaction with hash to be mined and
// returns its receipt (v1.17.10).
func WaitMinedHash(ctx context.Context, b DeployBackend, hash common.Hash) (*types.Receipt, error) {
	panic("stub")
}
