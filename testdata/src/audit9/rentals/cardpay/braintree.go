// Package cardpay takes rent and fees by card through Braintree.
package cardpay

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/braintree-go/braintree-go"

	"audit9/rentals/ledger"
)

const settlePollInterval = 750 * time.Millisecond

// ErrDeclined is returned when the card was declined.
var ErrDeclined = errors.New("card declined")

// Gateway wraps the Braintree gateway.
type Gateway struct {
	bt       *braintree.Braintree
	maxPolls int
}

// New returns a Gateway.
func New(bt *braintree.Braintree) *Gateway { return &Gateway{bt: bt, maxPolls: 40} }

func amount(cents int64) *braintree.Decimal { return braintree.NewDecimal(cents, 2) }

func settledOrSettling(s braintree.TransactionStatus) bool {
	switch s {
	case braintree.TransactionStatusSubmittedForSettlement, "settling", braintree.TransactionStatusSettled:
		return true
	}
	return false
}

func declined(s braintree.TransactionStatus) bool {
	switch s {
	case "processor_declined", "gateway_rejected", "settlement_declined", "failed", "voided":
		return true
	}
	return false
}

// ChargeCard charges a rent charge to the card behind a Drop-in nonce and
// submits it for settlement.
func (g *Gateway) ChargeCard(ctx context.Context, c *ledger.Charge, nonce string) (*braintree.Transaction, error) {
	req := &braintree.TransactionRequest{
		Type:               "sale",
		Amount:             amount(c.Amount),
		OrderId:            c.ID,
		PaymentMethodNonce: nonce,
	}
	var tx *braintree.Transaction
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		tx, err = g.bt.Transaction().Create(ctx, req) // want "\\[idempotency\\] braintree Transaction.Create is retried by a for loop \\(line 58\\) without an idempotency key"
		if err == nil {
			break
		}
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	if err != nil {
		return nil, fmt.Errorf("braintree sale for %s: %w", c.ID, err)
	}
	return g.bt.Transaction().SubmitForSettlement(ctx, tx.Id)
}

// WaitSettling waits until Braintree has accepted the transaction for
// settlement.
func (g *Gateway) WaitSettling(ctx context.Context, txID string) error {
	for i := 0; i < g.maxPolls; i++ {
		tx, err := g.bt.Transaction().Find(ctx, txID)
		if err != nil {
			return err
		}
		if settledOrSettling(tx.Status) {
			return nil
		}
		if declined(tx.Status) {
			return fmt.Errorf("%w: %s", ErrDeclined, tx.Status)
		}
		time.Sleep(settlePollInterval) // want "\\[pollinterval\\] payment status polled every 750ms"
	}
	return fmt.Errorf("transaction %s not settling after %d polls", txID, g.maxPolls)
}

// waitFinal polls a transaction until it is settling or declined; it gives
// up with an error after five minutes.
func (g *Gateway) waitFinal(ctx context.Context, txID string) (*braintree.Transaction, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	for {
		tx, err := g.bt.Transaction().Find(ctx, txID)
		if err != nil {
			return nil, err
		}
		if settledOrSettling(tx.Status) || declined(tx.Status) {
			return tx, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("transaction %s: %w", txID, ctx.Err())
		case <-time.After(5 * time.Second):
		}
	}
}

// ChargeWithFallback tries the tenant's saved cards in order of preference
// until one is accepted.
func (g *Gateway) ChargeWithFallback(ctx context.Context, c *ledger.Charge, tokens []string) (*braintree.Transaction, error) {
	for _, token := range tokens {
		tx, err := g.bt.Transaction().Create(ctx, &braintree.TransactionRequest{
			Type:               "sale",
			Amount:             amount(c.Amount),
			OrderId:            c.ID,
			PaymentMethodNonce: token,
		})
		if err != nil {
			return nil, err
		}
		tx, err = g.bt.Transaction().SubmitForSettlement(ctx, tx.Id)
		if err != nil {
			return nil, err
		}
		final, err := g.waitFinal(ctx, tx.Id)
		if err != nil {
			return nil, err
		}
		if settledOrSettling(final.Status) {
			return final, nil
		}
	}
	return nil, ErrDeclined
}

// Find reads one transaction.
func (g *Gateway) Find(ctx context.Context, txID string) (*braintree.Transaction, error) {
	return g.bt.Transaction().Find(ctx, txID)
}
