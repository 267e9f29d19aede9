// Package clinics sells seat subscriptions to clinics through Paddle.
package clinics

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	paddle "github.com/PaddleHQ/paddle-go-sdk/v3"

	"audit22/telehealth/platform"
)

// Ledger is where clinic subscriptions live.
type Ledger interface {
	ActivateClinic(ctx context.Context, clinicID, txnID string, seats int) error
	ExtendClinicTerm(ctx context.Context, clinicID string, seats int) error
}

// Billing talks to Paddle for clinic seats.
type Billing struct {
	sdk       *paddle.SDK
	seatPrice string
	ledger    Ledger
	log       *slog.Logger
}

// NewBilling builds the Paddle client.
func NewBilling(apiKey, seatPriceID string, l Ledger, sandbox bool) (*Billing, error) {
	var (
		sdk *paddle.SDK
		err error
	)
	if sandbox {
		sdk, err = paddle.NewSandbox(apiKey)
	} else {
		sdk, err = paddle.New(apiKey)
	}
	if err != nil {
		return nil, err
	}
	return &Billing{sdk: sdk, seatPrice: seatPriceID, ledger: l, log: platform.With("clinics")}, nil
}

// Checkout opens a Paddle transaction for n seats and answers the
// checkout URL the clinic admin is sent to.
func (b *Billing) Checkout(ctx context.Context, clinicID string, seats int) (string, string, error) {
	txn, err := b.sdk.CreateTransaction(ctx, &paddle.CreateTransactionRequest{
		Items: []paddle.CreateTransactionItems{
			*paddle.NewCreateTransactionItemsTransactionItemFromCatalog(&paddle.TransactionItemFromCatalog{PriceID: b.seatPrice, Quantity: seats}),
		},
		CustomData: paddle.CustomData{"clinic_id": clinicID, "seats": seats},
	})
	if err != nil {
		return "", "", err
	}
	if txn.Checkout == nil || txn.Checkout.URL == nil {
		return "", "", errors.New("paddle: transaction has no checkout url")
	}
	return txn.ID, *txn.Checkout.URL, nil
}

// Transaction reads a Paddle transaction.
func (b *Billing) Transaction(ctx context.Context, id string) (*paddle.Transaction, error) {
	return b.sdk.GetTransaction(ctx, &paddle.GetTransactionRequest{TransactionID: id})
}

// AwaitInvoice waits for an invoiced (net-30 clinics pay by invoice)
// transaction that finance marked as being paid by wire to go through,
// then activates the seats.
func (b *Billing) AwaitInvoice(ctx context.Context, clinicID, txnID string, seats int) error {
	for attempt := 0; attempt < 120; attempt++ { // want "\\[pollbound\\] loop polling payment txnID stops only when the payment succeeds \\(line 80\\):"
		txn, err := b.Transaction(ctx, txnID)
		if err != nil {
			return err
		}
		if txn.Status == paddle.TransactionStatusPaid || txn.Status == paddle.TransactionStatusCompleted {
			return b.ledger.ActivateClinic(ctx, clinicID, txn.ID, seats)
		}
		time.Sleep(time.Minute)
	}
	return fmt.Errorf("paddle transaction %s not paid", txnID)
}
