// Package types is a stub of github.com/ethereum/go-ethereum/core/types
// (v1.15.11): only what paylint's tests use.
package types

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

const (
	// ReceiptStatusFailed is the status of a failed transaction.
	ReceiptStatusFailed = uint64(0)
	// ReceiptStatusSuccessful is the status of a successful transaction.
	ReceiptStatusSuccessful = uint64(1)
)

// Receipt is a transaction receipt.
type Receipt struct {
	Status      uint64
	TxHash      common.Hash
	BlockNumber *big.Int
}

// Transaction is a transaction.
type Transaction struct{}

// Hash returns the transaction hash.
func (tx *Transaction) Hash() common.Hash { panic("stub") }

// Block is a block.
type Block struct{}

// Transactions returns the block's transactions.
func (b *Block) Transactions() []*Transaction { panic("stub") }

// Header is a block header.
type Header struct{ Number *big.Int }

// UnmarshalBinary decodes the canonical encoding of transactions
// (v1.15.11 core/types/transaction.go).
func (tx *Transaction) UnmarshalBinary(b []byte) error { panic("stub") }
