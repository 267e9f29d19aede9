// Package invoicesrpc is a stub of
// github.com/lightningnetwork/lnd/lnrpc/invoicesrpc (v0.19.1-beta): only
// what paylint's tests use.
package invoicesrpc

import (
	"context"

	"github.com/lightningnetwork/lnd/lnrpc"
	"google.golang.org/grpc"
)

// LookupInvoiceMsg names an invoice (by payment hash, payment address or
// set id in the real API).
type LookupInvoiceMsg struct{}

// InvoicesClient is the invoices RPC client.
type InvoicesClient interface {
	LookupInvoiceV2(ctx context.Context, in *LookupInvoiceMsg, opts ...grpc.CallOption) (*lnrpc.Invoice, error)
}

// NewInvoicesClient makes a client.
func NewInvoicesClient(cc grpc.ClientConnInterface) InvoicesClient { panic("stub") }
