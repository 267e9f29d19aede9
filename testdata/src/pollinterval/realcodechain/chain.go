// Package realcodechain: on-chain and Lightning payments watched by
// polling the transaction receipt or the invoice; a block explorer and a
// single read are look-alikes.
package realcodechain

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/lightningnetwork/lnd/lnrpc"
	"github.com/lightningnetwork/lnd/lnrpc/invoicesrpc"
)

// waitReceipt polls the receipt every 500ms.
func waitReceipt(ctx context.Context, c *ethclient.Client, hash common.Hash) (*types.Receipt, error) {
	for i := 0; i < 120; i++ {
		r, err := c.TransactionReceipt(ctx, hash)
		if err == nil && r.Status == types.ReceiptStatusSuccessful {
			return r, nil
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms`
	}
	return nil, errors.New("not confirmed")
}

// waitPending polls TransactionByHash every 5s: fine.
func waitPending(ctx context.Context, c *ethclient.Client, hash common.Hash) error {
	for i := 0; i < 60; i++ {
		_, pending, err := c.TransactionByHash(ctx, hash)
		if err == nil && !pending {
			return nil
		}
		time.Sleep(5 * time.Second)
	}
	return errors.New("still pending")
}

// waitInvoice polls a Lightning invoice every 100ms.
func waitInvoice(ctx context.Context, ln lnrpc.LightningClient, hash []byte) error {
	for i := 0; i < 600; i++ {
		inv, err := ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: hash})
		if err == nil && inv.State == lnrpc.Invoice_SETTLED {
			return nil
		}
		time.Sleep(100 * time.Millisecond) // want `payment status polled every 100ms`
	}
	return errors.New("unpaid")
}

// waitInvoiceV2 polls LookupInvoiceV2 every second.
func waitInvoiceV2(ctx context.Context, inv invoicesrpc.InvoicesClient, msg *invoicesrpc.LookupInvoiceMsg) error {
	for i := 0; i < 600; i++ {
		got, err := inv.LookupInvoiceV2(ctx, msg)
		if err == nil && got.State == lnrpc.Invoice_SETTLED {
			return nil
		}
		time.Sleep(time.Second) // want `payment status polled every 1s`
	}
	return errors.New("unpaid")
}

// explorer follows new blocks every 200ms: a block read is not a
// payment's status.
func explorer(ctx context.Context, c *ethclient.Client) {
	for i := 0; i < 100; i++ {
		b, err := c.BlockByNumber(ctx, big.NewInt(int64(i)))
		if err == nil {
			_ = b.Transactions()
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// once reads a receipt once, not in a loop.
func once(ctx context.Context, c *ethclient.Client, hash common.Hash) bool {
	r, err := c.TransactionReceipt(ctx, hash)
	return err == nil && r.Status == types.ReceiptStatusSuccessful
}

// mined waits with bind.WaitMined: the library polls for us.
func mined(ctx context.Context, c bind.DeployBackend, tx *types.Transaction) error {
	_, err := bind.WaitMined(ctx, c, tx)
	return err
}
