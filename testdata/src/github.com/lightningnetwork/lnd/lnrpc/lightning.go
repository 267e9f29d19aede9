// Package lnrpc is a stub of github.com/lightningnetwork/lnd/lnrpc
// (v0.19.1-beta): only what paylint's tests use.
package lnrpc

import (
	"context"

	"google.golang.org/grpc"
)

// Invoice_InvoiceState is an invoice's state.
type Invoice_InvoiceState int32

const (
	Invoice_OPEN     Invoice_InvoiceState = 0
	Invoice_SETTLED  Invoice_InvoiceState = 1
	Invoice_CANCELED Invoice_InvoiceState = 2
	Invoice_ACCEPTED Invoice_InvoiceState = 3
)

// Invoice is a Lightning invoice.
type Invoice struct {
	Memo           string
	RHash          []byte
	Value          int64
	ValueMsat      int64
	Settled        bool
	PaymentRequest string
	Expiry         int64
	AddIndex       uint64
	SettleIndex    uint64
	AmtPaidSat     int64
	State          Invoice_InvoiceState
}

// AddInvoiceResponse is AddInvoice's answer.
type AddInvoiceResponse struct {
	RHash          []byte
	PaymentRequest string
	AddIndex       uint64
	PaymentAddr    []byte
}

// InvoiceSubscription selects the invoice updates to stream.
type InvoiceSubscription struct {
	AddIndex    uint64
	SettleIndex uint64
}

// Lightning_SubscribeInvoicesClient streams invoice updates (the real
// interface also embeds grpc.ClientStream).
type Lightning_SubscribeInvoicesClient interface {
	Recv() (*Invoice, error)
}

// PaymentHash names an invoice.
type PaymentHash struct {
	RHashStr string
	RHash    []byte
}

// LightningClient is the Lightning RPC client.
type LightningClient interface {
	AddInvoice(ctx context.Context, in *Invoice, opts ...grpc.CallOption) (*AddInvoiceResponse, error)
	SubscribeInvoices(ctx context.Context, in *InvoiceSubscription, opts ...grpc.CallOption) (Lightning_SubscribeInvoicesClient, error)
	LookupInvoice(ctx context.Context, in *PaymentHash, opts ...grpc.CallOption) (*Invoice, error)
}

// NewLightningClient makes a client.
func NewLightningClient(cc grpc.ClientConnInterface) LightningClient { panic("stub") }
