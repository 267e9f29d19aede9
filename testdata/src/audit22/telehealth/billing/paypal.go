package billing

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/braintree-go/braintree-go"
	"github.com/sethvargo/go-retry"

	"audit22/telehealth/config"
	"audit22/telehealth/domain"
)

// PayPal takes PayPal payments from vaulted accounts through Braintree.
type PayPal struct {
	bt *braintree.Braintree
}

// NewPayPal builds the Braintree gateway.
func NewPayPal(env, merchantID, publicKey, privateKey string) *PayPal {
	return &PayPal{bt: braintree.New(braintree.NewEnvironment(env), merchantID, publicKey, privateKey)}
}

func btAmount(cents int64) *braintree.Decimal { return braintree.NewDecimal(cents, 2) }

// Sale charges the patient's vaulted PayPal account.
func (p *PayPal) Sale(ctx context.Context, consult *domain.Consult, vaultToken string) (*braintree.Transaction, error) {
	req := &braintree.TransactionRequest{
		Type:               "sale",
		Amount:             btAmount(consult.PriceCents),
		OrderId:            consult.ID,
		PaymentMethodToken: vaultToken,
	}
	b := retry.WithMaxRetries(3, retry.NewExponential(time.Second))
	return retry.DoValue(ctx, b, func(ctx context.Context) (*braintree.Transaction, error) {
		tx, err := p.bt.Transaction().Create(ctx, req) // want "\\[idempotency\\] braintree Transaction\\.Create is retried by retry\\.DoValue \\(line 37\\) without"
		if err != nil {
			return nil, retry.RetryableError(err)
		}
		return tx, nil
	})
}

func settledEnough(s braintree.TransactionStatus) bool {
	switch s {
	case braintree.TransactionStatusSubmittedForSettlement, braintree.TransactionStatusSettling,
		braintree.TransactionStatusSettled, braintree.TransactionStatusSettlementConfirmed:
		return true
	}
	return false
}

func failed(s braintree.TransactionStatus) bool {
	switch s {
	case braintree.TransactionStatusProcessorDeclined, braintree.TransactionStatusGatewayRejected,
		braintree.TransactionStatusFailed, braintree.TransactionStatusSettlementDeclined, braintree.TransactionStatusVoided:
		return true
	}
	return false
}

// WaitSettled watches a sale while the patient sits on the confirmation
// screen, so the room can open as soon as PayPal settles.
func (p *PayPal) WaitSettled(ctx context.Context, txID string) error {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	tick := time.NewTicker(config.SettlementCheckEvery) // want "\\[pollinterval\\] payment status polled every 750ms: the provider's limit is one poll per"
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
		tx, err := p.bt.Transaction().Find(ctx, txID)
		if err != nil {
			return err
		}
		if settledEnough(tx.Status) {
			return nil
		}
		if failed(tx.Status) {
			return fmt.Errorf("paypal sale %s: %s", txID, tx.Status)
		}
	}
}

// ChargeWithBackup tries the patient's primary PayPal account and, only
// if that one is declined, the backup they saved.
func (p *PayPal) ChargeWithBackup(ctx context.Context, consult *domain.Consult, tokens []string) (*braintree.Transaction, error) {
	for _, token := range tokens {
		tx, err := p.bt.Transaction().Create(ctx, &braintree.TransactionRequest{ // audit: lookalike pollcreate: the next sale is only created after the previous one was seen declined/failed (terminal), never while it is pending
			Type:               "sale",
			Amount:             btAmount(consult.PriceCents),
			OrderId:            consult.ID,
			PaymentMethodToken: token,
		})
		if err != nil {
			return nil, err
		}
		deadline := time.Now().Add(2 * time.Minute)
		for !settledEnough(tx.Status) && !failed(tx.Status) {
			if time.Now().After(deadline) {
				return tx, errors.New("paypal: sale still pending")
			}
			time.Sleep(5 * time.Second)
			if tx, err = p.bt.Transaction().Find(ctx, tx.Id); err != nil {
				return nil, err
			}
		}
		if settledEnough(tx.Status) {
			return tx, nil
		}
	}
	return nil, ErrDeclined
}

// Refund refunds a settled sale, or voids one still awaiting settlement.
func (p *PayPal) Refund(ctx context.Context, txID string) error {
	tx, err := p.bt.Transaction().Find(ctx, txID)
	if err != nil {
		return err
	}
	if tx.Status == braintree.TransactionStatusSubmittedForSettlement || tx.Status == braintree.TransactionStatusAuthorized {
		_, err = p.bt.Transaction().Void(ctx, txID)
		return err
	}
	_, err = p.bt.Transaction().Refund(ctx, txID)
	return err
}
