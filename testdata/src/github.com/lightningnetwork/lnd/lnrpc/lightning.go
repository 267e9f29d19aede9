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
	RHash []byte
	State Invoice_InvoiceState
}

// PaymentHash names an invoice.
type PaymentHash struct {
	RHashStr string
	RHash    []byte
}

// LightningClient is the Lightning RPC client.
type LightningClient interface {
	LookupInvoice(ctx context.Context, in *PaymentHash, opts ...grpc.CallOption) (*Invoice, error)
}

// NewLightningClient makes a client.
func NewLightningClient(cc grpc.ClientConnInterface) LightningClient { panic("stub") }
