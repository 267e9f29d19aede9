// Package paypalbt takes PayPal wallet payments through Braintree.
package paypalbt

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/braintree-go/braintree-go"
)

// Wallet charges and refunds PayPal wallet payments.
type Wallet struct {
	gw *braintree.Braintree
}

// Config holds the Braintree merchant credentials.
type Config struct {
	MerchantID string
	PublicKey  string
	PrivateKey string
	Sandbox    bool
}

func New(cfg Config) *Wallet {
	env := braintree.NewEnvironment("https://api.braintreegateway.com:443")
	if cfg.Sandbox {
		env = braintree.Sandbox
	}
	return &Wallet{gw: braintree.New(env, cfg.MerchantID, cfg.PublicKey, cfg.PrivateKey)}
}

// Gateway exposes the Braintree client for webhook parsing.
func (w *Wallet) Gateway() *braintree.Braintree { return w.gw }

// Charge takes a PayPal payment for an order from the nonce the
// checkout page produced, and submits it for settlement.
func (w *Wallet) Charge(ctx context.Context, nonce string, cents int64, orderID string) (*braintree.Transaction, error) {
	req := &braintree.TransactionRequest{
		Type:               "sale",
		Amount:             braintree.NewDecimal(cents, 2),
		OrderId:            orderID,
		PaymentMethodNonce: nonce,
	}
	var (
		tx  *braintree.Transaction
		err error
	)
	pause := 2 * time.Second
	for attempt := 0; attempt < 3; attempt++ {
		tx, err = w.gw.Transaction().Create(ctx, req) // want "\\[idempotency\\] braintree Transaction.Create is retried by a for loop \\(line 51\\) without an idempotency key"
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		log.Printf("braintree sale %s attempt %d: %v", orderID, attempt+1, err)
		time.Sleep(pause)
		pause *= 2
	}
	if err != nil {
		return nil, fmt.Errorf("braintree sale %s: %w", orderID, err)
	}
	return w.gw.Transaction().SubmitForSettlement(ctx, tx.Id)
}

// Status returns the Braintree status of a wallet payment.
func (w *Wallet) Status(ctx context.Context, id string) (braintree.TransactionStatus, error) {
	for {
		tx, err := w.gw.Transaction().Find(ctx, id) // want "\\[retrybackoff\\] braintree Transaction.Find is retried by a for loop \\(line 71\\) with no attempt cap and no deadline"
		if err == nil {
			return tx.Status, nil
		}
		log.Printf("braintree find %s: %v", id, err)
		time.Sleep(3 * time.Second)
	}
}

// Refund returns part of a settled wallet payment. It is not retried:
// a failure goes to the support queue.
func (w *Wallet) Refund(ctx context.Context, id string, cents int64) (*braintree.Transaction, error) {
	tx, err := w.gw.Transaction().Refund(ctx, id, braintree.NewDecimal(cents, 2))
	if err != nil {
		return nil, fmt.Errorf("braintree refund %s: %w", id, err)
	}
	return tx, nil
}
