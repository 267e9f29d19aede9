package billing

import (
	"context"
	"fmt"
	"time"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"

	"audit15/academy/domain"
	"audit15/academy/store"
)

// Mollie collects from EU learners.
type Mollie struct {
	mc        *mollie.Client
	orders    *store.Orders
	returnURL string
	hookURL   string
}

func NewMollie(mc *mollie.Client, orders *store.Orders, returnURL, hookURL string) *Mollie {
	return &Mollie{mc: mc, orders: orders, returnURL: returnURL, hookURL: hookURL}
}

func euro(minor int64) *mollie.Amount {
	return &mollie.Amount{Currency: "EUR", Value: fmt.Sprintf("%d.%02d", minor/100, minor%100)}
}

// StartCheckout creates the Mollie payment the learner is redirected to.
func (m *Mollie) StartCheckout(ctx context.Context, o domain.Order) (string, error) {
	_, p, err := m.mc.Payments.Create(ctx, mollie.CreatePayment{
		Description: "Course " + o.CourseID,
		Amount:      euro(o.AmountMinor),
		RedirectURL: m.returnURL + "?order=" + o.ID,
		WebhookURL:  m.hookURL,
	}, nil)
	if err != nil {
		return "", err
	}
	return p.ID, m.orders.SetProviderRef(ctx, o.ID, p.ID)
}

// IsPaid tells whether Mollie reports the payment paid.
func (m *Mollie) IsPaid(ctx context.Context, paymentID string) (bool, error) {
	_, p, err := m.mc.Payments.Get(ctx, paymentID, nil)
	if err != nil {
		return false, err
	}
	return p.Status == "paid", nil
}

// Payment returns Mollie's view of a payment.
func (m *Mollie) Payment(ctx context.Context, paymentID string) (*mollie.Payment, error) {
	_, p, err := m.mc.Payments.Get(ctx, paymentID, nil)
	return p, err
}

// CollectInstalment charges a plan instalment against the learner's SEPA
// mandate. A failed or expired debit is tried once more with a new payment.
func (m *Mollie) CollectInstalment(ctx context.Context, o domain.Order) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	for try := 0; try < 2; try++ {
		_, p, err := m.mc.Payments.Create(ctx, mollie.CreatePayment{
			Description: "Plan instalment " + o.ID,
			Amount:      euro(o.AmountMinor),
			WebhookURL:  m.hookURL,
		}, nil)
		if err != nil {
			return err
		}
		wait := 2 * time.Second
	poll:
		for {
			select {
			case <-ctx.Done():
				return fmt.Errorf("instalment %s still %s: %w", o.ID, p.Status, ctx.Err())
			case <-time.After(wait):
			}
			if wait < time.Minute {
				wait *= 2
			}
			_, p, err = m.mc.Payments.Get(ctx, p.ID, nil)
			if err != nil {
				return err
			}
			switch p.Status {
			case "paid":
				_, err := m.orders.MarkPaid(ctx, o.ID)
				return err
			case "failed", "expired", "canceled":
				break poll
			}
		}
	}
	return fmt.Errorf("instalment %s not collected", o.ID)
}
