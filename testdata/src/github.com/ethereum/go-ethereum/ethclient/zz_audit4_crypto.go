package ethclient

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// PendingNonceAt returns the account nonce in the pending state.
func (ec *Client) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	panic("stub")
}

// SendTransaction injects a signed transaction into the pending pool.
func (ec *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	panic("stub")
}

// CodeAt returns the contract code of the given account.
func (ec *Client) CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error) {
	panic("stub")
}
