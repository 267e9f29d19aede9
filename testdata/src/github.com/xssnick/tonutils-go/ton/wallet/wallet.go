// Package wallet is a stub of github.com/xssnick/tonutils-go/ton/wallet
// (v1.12.0; the same methods in v1.10.2): only what paylint's tests use.
// Every Send*/Transfer* builds a new external message, signed with the
// seqno the wallet contract holds when the call runs.
package wallet

import (
	"context"

	"github.com/xssnick/tonutils-go/address"
	"github.com/xssnick/tonutils-go/tlb"
	"github.com/xssnick/tonutils-go/ton"
)

type Version int

const (
	V3R2 Version = 32
	V4R2 Version = 42
)

type VersionConfig any

// TonAPI is what a wallet needs of the chain.
type TonAPI interface {
	CurrentMasterchainInfo(ctx context.Context) (*ton.BlockIDExt, error)
	GetAccount(ctx context.Context, block *ton.BlockIDExt, addr *address.Address) (*tlb.Account, error)
	SendExternalMessage(ctx context.Context, msg *tlb.ExternalMessage) error
	SendExternalMessageWaitTransaction(ctx context.Context, ext *tlb.ExternalMessage) (*tlb.Transaction, *ton.BlockIDExt, []byte, error)
}

// Message is one internal message the wallet sends.
type Message struct {
	Mode            uint8
	InternalMessage *tlb.InternalMessage
}

// Wallet is a wallet contract and its key.
type Wallet struct{}

func NewSeed() []string { panic("stub") }
func FromSeed(api TonAPI, seed []string, version VersionConfig, isBIP39 ...bool) (*Wallet, error) {
	panic("stub")
}

func (w *Wallet) Address() *address.Address { panic("stub") }
func (w *Wallet) GetBalance(ctx context.Context, block *ton.BlockIDExt) (tlb.Coins, error) {
	panic("stub")
}
func (w *Wallet) BuildTransfer(to *address.Address, amount tlb.Coins, bounce bool, comment string) (_ *Message, err error) {
	panic("stub")
}
func (w *Wallet) BuildExternalMessage(ctx context.Context, message *Message) (*tlb.ExternalMessage, error) {
	panic("stub")
}
func (w *Wallet) BuildExternalMessageForMany(ctx context.Context, messages []*Message) (*tlb.ExternalMessage, error) {
	panic("stub")
}
func (w *Wallet) Send(ctx context.Context, message *Message, waitConfirmation ...bool) error {
	panic("stub")
}
func (w *Wallet) SendMany(ctx context.Context, messages []*Message, waitConfirmation ...bool) error {
	panic("stub")
}
func (w *Wallet) SendManyGetInMsgHash(ctx context.Context, messages []*Message, waitConfirmation ...bool) ([]byte, error) {
	panic("stub")
}
func (w *Wallet) SendManyWaitTxHash(ctx context.Context, messages []*Message) ([]byte, error) {
	panic("stub")
}
func (w *Wallet) SendManyWaitTransaction(ctx context.Context, messages []*Message) (*tlb.Transaction, *ton.BlockIDExt, error) {
	panic("stub")
}
func (w *Wallet) SendWaitTransaction(ctx context.Context, message *Message) (*tlb.Transaction, *ton.BlockIDExt, error) {
	panic("stub")
}
func (w *Wallet) TransferWaitTransaction(ctx context.Context, to *address.Address, amount tlb.Coins, comment string) (*tlb.Transaction, *ton.BlockIDExt, error) {
	panic("stub")
}
func (w *Wallet) TransferNoBounce(ctx context.Context, to *address.Address, amount tlb.Coins, comment string, waitConfirmation ...bool) error {
	panic("stub")
}
func (w *Wallet) Transfer(ctx context.Context, to *address.Address, amount tlb.Coins, comment string, waitConfirmation ...bool) error {
	panic("stub")
}
func (w *Wallet) TransferWithEncryptedComment(ctx context.Context, to *address.Address, amount tlb.Coins, comment string, waitConfirmation ...bool) error {
	panic("stub")
}
