// Package tlb is a stub of github.com/xssnick/tonutils-go/tlb (v1.12.0):
// only what paylint's tests use.
package tlb

import (
	"math/big"

	"github.com/xssnick/tonutils-go/address"
)

// Coins is an amount in nanotons.
type Coins struct{}

func FromTON(val string) (Coins, error) { panic("stub") }
func MustFromTON(val string) Coins      { panic("stub") }

func (g Coins) String() string { panic("stub") }
func (g Coins) Nano() *big.Int { panic("stub") }

// InternalMessage is a message between contracts.
type InternalMessage struct {
	IHRDisabled bool
	Bounce      bool
	DstAddr     *address.Address
	Amount      Coins
}

// ExternalMessage is a signed message sent to a contract from outside.
type ExternalMessage struct {
	SrcAddr *address.Address
	DstAddr *address.Address
}

// Transaction is a transaction of an account.
type Transaction struct {
	LT   uint64
	Hash []byte
}

// BlockInfo identifies a block.
type BlockInfo struct {
	Workchain int32
	Shard     int64
	SeqNo     uint32
}

// Account is the state of an account.
type Account struct {
	IsActive bool
	State    *AccountState
}

// AccountState holds an account's balance.
type AccountState struct {
	Balance Coins
}
