package btwebhook

import (
	"context"
	"errors"
	"time"

	"github.com/braintree-go/braintree-go"
)

// ChargeBalance charges the remaining balance of a package holiday with the
// vaulted card nonce.
func (h *Handler) ChargeBalance(ctx context.Context, ref, nonce string, cents int64) (*braintree.Transaction, error) {
	req := &braintree.TransactionRequest{
		Type:               "sale",
		Amount:             braintree.NewDecimal(cents, 2),
		OrderId:            ref,
		PaymentMethodNonce: nonce,
	}
	var err error
	for i := 0; i < 3; i++ {
		var tx *braintree.Transaction
		if tx, err = h.bt.Transaction().Create(ctx, req); err == nil { // want "\\[idempotency\\] braintree Transaction.Create is retried by a for loop .* without an idempotency key"
			return tx, nil
		}
		time.Sleep(time.Duration(i+1) * 2 * time.Second)
	}
	return nil, err
}

// SettleAuthorized submits an authorised transaction for settlement; on an
// error it reads the transaction back before trying again.
func (h *Handler) SettleAuthorized(ctx context.Context, txID string) error {
	for i := 0; i < 3; i++ {
		tx, err := h.bt.Transaction().Find(ctx, txID)
		if err != nil {
			return err
		}
		if tx.Status != "authorized" {
			return nil
		}
		if _, err := h.bt.Transaction().SubmitForSettlement(ctx, txID); err == nil {
			return nil
		}
		time.Sleep(time.Duration(2<<i) * time.Second)
	}
	return errors.New("settle: gave up")
}
