// Package chainiface: chain reads behind the merchant's own interfaces,
// declared with go-ethereum's and lnd's types so that tests can fake the
// client; interfaces with the same method names over other types (a block
// explorer's client) are look-alikes.
package chainiface

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/lightningnetwork/lnd/lnrpc"
)

type receipts interface {
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// TxReader is exported and embeds the receipt reader.
type TxReader interface {
	receipts
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

type invoices interface {
	LookupInvoice(ctx context.Context, in *lnrpc.PaymentHash) (*lnrpc.Invoice, error)
}

func reads(ctx context.Context, r receipts, t TxReader, inv invoices, h common.Hash) {
	r.TransactionReceipt(ctx, h)                             // want `chain read TransactionReceipt \(an ethclient.Client interface\)`
	t.TransactionReceipt(ctx, h)                             // want `chain read TransactionReceipt \(an ethclient.Client interface\)`
	t.TransactionByHash(ctx, h)                              // want `chain read TransactionByHash \(an ethclient.Client interface\)`
	inv.LookupInvoice(ctx, &lnrpc.PaymentHash{RHashStr: ""}) // want `chain read LookupInvoice \(an lnrpc.LightningClient interface\)`
	r.BlockNumber(ctx)
	func(c interface {
		TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error)
	}) {
		c.TransactionReceipt(ctx, h) // want `chain read TransactionReceipt`
	}(r)
}

// ---- look-alikes ---------------------------------------------------------------

// ExplorerReceipt is a block explorer's own answer.
type ExplorerReceipt struct{ Status string }

type explorer interface {
	TransactionReceipt(ctx context.Context, txHash string) (*ExplorerReceipt, error)
}

type explorerByHash interface {
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*ExplorerReceipt, error)
}

type noContext interface {
	TransactionReceipt(txHash common.Hash) (*types.Receipt, error)
}

// fakeClient is a test double: a concrete type, not the client.
type fakeClient struct{}

func (fakeClient) TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error) {
	return &types.Receipt{Status: types.ReceiptStatusSuccessful}, nil
}

func lookalikes(ctx context.Context, e explorer, eh explorerByHash, n noContext, f fakeClient, h common.Hash) {
	e.TransactionReceipt(ctx, "0xabc")
	eh.TransactionReceipt(ctx, h)
	n.TransactionReceipt(h)
	f.TransactionReceipt(ctx, h)
}
