package billing

import (
	"context"
	"errors"
	"fmt"
	"time"

	paddle "github.com/PaddleHQ/paddle-go-sdk/v3"
	retry "github.com/avast/retry-go/v4"

	"audit20/creators/store"
)

var errNotSettled = errors.New("paddle transaction not settled yet")

// VAT sells memberships to EU fans through Paddle, whose catalog prices
// include VAT for each country.
type VAT struct {
	sdk *paddle.SDK
}

// NewVAT builds a VAT.
func NewVAT(sdk *paddle.SDK) *VAT { return &VAT{sdk: sdk} }

// Checkout creates an automatically-collected transaction for the tier
// and returns its Paddle Checkout URL.
func (v *VAT) Checkout(ctx context.Context, fanID, customerID string, t *store.Tier) (string, error) {
	req := &paddle.CreateTransactionRequest{
		Items: []paddle.CreateTransactionItems{
			*paddle.NewCreateTransactionItemsTransactionItemFromCatalog(&paddle.TransactionItemFromCatalog{PriceID: t.PaddlePriceID, Quantity: 1}),
		},
		CustomData: paddle.CustomData{"fan_id": fanID, "tier_id": t.ID},
	}
	if customerID != "" {
		req.CustomerID = &customerID
	}
	txn, err := v.sdk.CreateTransaction(ctx, req)
	if err != nil {
		return "", fmt.Errorf("paddle transaction: %w", err)
	}
	if txn.Checkout == nil || txn.Checkout.URL == nil {
		return "", errors.New("paddle transaction has no checkout url")
	}
	return *txn.Checkout.URL, nil
}

// Settled waits until the transaction is final and answers whether it
// was paid.
func (v *VAT) Settled(ctx context.Context, txnID string) (*paddle.Transaction, bool, error) {
	var txn *paddle.Transaction
	err := retry.Do(func() error { // want "\\[pollbound\\] retry\\.Do polling payment txnID has no bound: no ctx\\.Done\\(\\), deadline, attempt"
		t, err := v.sdk.GetTransaction(ctx, &paddle.GetTransactionRequest{TransactionID: txnID})
		if err != nil {
			return err
		}
		switch t.Status {
		case paddle.TransactionStatusCompleted, paddle.TransactionStatusPaid,
			paddle.TransactionStatusCanceled, paddle.TransactionStatusPastDue:
			txn = t
			return nil
		}
		return errNotSettled
	}, retry.UntilSucceeded(), retry.Delay(2*time.Second), retry.MaxDelay(15*time.Second))
	if err != nil {
		return nil, false, err
	}
	paid := txn.Status == paddle.TransactionStatusCompleted || txn.Status == paddle.TransactionStatusPaid
	return txn, paid, nil
}
