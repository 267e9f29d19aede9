// Package upi collects bills in India through Razorpay UPI autopay
// mandates (recurring tokens).
package upi

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/cenkalti/backoff/v4"
	razorpay "github.com/razorpay/razorpay-go"

	"audit11/utilities/billing"
)

// Mandate is a customer's UPI autopay registration.
type Mandate struct {
	ID             string
	CustomerID     string
	TokenID        string
	Email          string
	Contact        string
	FirstPaymentID string
}

// MandateStore persists mandates.
type MandateStore interface {
	SetActive(ctx context.Context, mandateID string) error
}

// Autopay raises recurring debits on UPI mandates.
type Autopay struct {
	rp       *razorpay.Client
	bills    billing.BillStore
	mandates MandateStore
	log      *slog.Logger
}

func NewAutopay(keyID, keySecret string, bills billing.BillStore, mandates MandateStore) *Autopay {
	return &Autopay{
		rp:       razorpay.NewClient(keyID, keySecret),
		bills:    bills,
		mandates: mandates,
		log:      slog.Default().With("component", "upi-autopay"),
	}
}

// charge creates the Razorpay order of a bill and the recurring payment on it.
func (a *Autopay) charge(b *billing.Bill, m Mandate) (string, error) {
	order, err := a.rp.Order.Create(map[string]interface{}{
		"amount":          b.Total(),
		"currency":        "INR",
		"receipt":         b.ID,
		"payment_capture": 1,
		"notes":           map[string]string{"bill_id": b.ID},
	}, nil)
	if err != nil {
		return "", fmt.Errorf("razorpay order: %w", err)
	}
	pay, err := a.rp.Payment.CreateRecurringPayment(map[string]interface{}{
		"email":       m.Email,
		"contact":     m.Contact,
		"amount":      b.Total(),
		"currency":    "INR",
		"order_id":    order["id"],
		"customer_id": m.CustomerID,
		"token":       m.TokenID,
		"recurring":   "1",
		"description": "Electricity bill " + b.Period,
		"notes":       map[string]string{"bill_id": b.ID},
	}, nil)
	if err != nil {
		return "", fmt.Errorf("razorpay recurring payment: %w", err)
	}
	id, _ := pay["razorpay_payment_id"].(string)
	return id, nil
}

// Debit raises the monthly debit of a bill on the customer's mandate.
func (a *Autopay) Debit(ctx context.Context, b *billing.Bill, m Mandate) (string, error) {
	var paymentID string
	op := func() error {
		id, err := a.charge(b, m) // want "\\[idempotency\\] upi.Autopay.charge \\(razorpay Payment.CreateRecurringPayment\\) is retried by backoff.Retry .* without an idempotency key"
		if err != nil {
			if strings.Contains(err.Error(), "BAD_REQUEST_ERROR") {
				return backoff.Permanent(err)
			}
			return err
		}
		paymentID = id
		return nil
	}
	policy := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx)
	if err := backoff.Retry(op, policy); err != nil {
		return "", err
	}
	if err := a.bills.SetProviderRef(ctx, b.ID, paymentID); err != nil {
		a.log.Error("store payment id", "bill", b.ID, "payment", paymentID, "err", err)
	}
	return paymentID, nil
}
