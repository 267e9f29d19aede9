// Package mollieideal takes iDEAL payments through Mollie.
package mollieideal

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"time"

	mollie "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"
	"github.com/sethvargo/go-retry"

	"audit13/foodhub/domain"
)

// Orders is the order store as the iDEAL flow sees it.
type Orders interface {
	Get(ctx context.Context, id string) (*domain.Order, error)
	SetProviderRef(ctx context.Context, id, ref string) error
	MarkPaid(ctx context.Context, id string) error
}

// Service creates iDEAL payments and handles the customer's return.
type Service struct {
	api       *mollie.Client
	orders    Orders
	returnURL string
	log       *log.Logger
}

// New returns an iDEAL service.
func New(apiKey, returnURL string, orders Orders) *Service {
	api := mollie.New(mollie.WithSecurity(components.Security{APIKey: mollie.String(apiKey)}))
	return &Service{api: api, orders: orders, returnURL: returnURL, log: log.Default()}
}

func formatAmount(minor int64) string {
	return fmt.Sprintf("%d.%02d", minor/100, minor%100)
}

// CreatePayment starts an iDEAL payment and returns the bank's checkout URL
// id to redirect the customer to.
func (s *Service) CreatePayment(ctx context.Context, o *domain.Order) (string, error) {
	key := "ideal-" + o.ID
	resp, err := s.api.Payments.Create(ctx, nil, &key, &components.PaymentRequest{
		Description: "foodhub order " + o.ID,
		Amount:      components.Amount{Currency: o.Currency, Value: formatAmount(o.AmountMinor)},
		RedirectURL: mollie.String(s.returnURL + "?order=" + o.ID),
	})
	if err != nil {
		return "", err
	}
	if err := s.orders.SetProviderRef(ctx, o.ID, resp.PaymentResponse.ID); err != nil {
		return "", err
	}
	return resp.PaymentResponse.ID, nil
}

// AwaitPaid waits for a pending iDEAL payment; bank confirmations can lag
// several minutes behind the customer's return.
func (s *Service) AwaitPaid(ctx context.Context, paymentID string) error {
	b := retry.WithMaxDuration(15*time.Minute,
		retry.WithCappedDuration(time.Minute, retry.NewExponential(2*time.Second)))
	return retry.Do(ctx, b, func(ctx context.Context) error { // want "\\[pollbound\\] retry.Do polling payment paymentID stops only when the payment succeeds \\(line 74\\)"
		resp, err := s.api.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: paymentID})
		if err != nil {
			return retry.RetryableError(err)
		}
		if resp.PaymentResponse.Status == components.PaymentResponseStatusPaid {
			return nil
		}
		return retry.RetryableError(fmt.Errorf("payment %s is %s", paymentID, resp.PaymentResponse.Status))
	})
}

// SweepPending settles orders whose customer never came back from the bank.
func (s *Service) SweepPending(ctx context.Context, pending []domain.Order) {
	for _, o := range pending {
		if o.Channel != domain.ChannelIDEAL || o.ProviderRef == "" {
			continue
		}
		if err := s.AwaitPaid(ctx, o.ProviderRef); err != nil {
			s.log.Printf("ideal %s not paid: %v", o.ID, err)
			continue
		}
		if err := s.orders.MarkPaid(ctx, o.ID); err != nil {
			s.log.Printf("mark paid %s: %v", o.ID, err)
		}
	}
}

// Refund refunds part of an iDEAL order, e.g. for missing items.
func (s *Service) Refund(ctx context.Context, o *domain.Order, amountMinor int64, reason string) error {
	key := fmt.Sprintf("refund-%s-%d", o.ID, amountMinor)
	req := &components.RefundRequest{
		Description: reason,
		Amount:      components.Amount{Currency: o.Currency, Value: formatAmount(amountMinor)},
	}
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		_, err = s.api.Refunds.Create(ctx, o.ProviderRef, &key, req) // want "\\[retrybackoff\\] mollie Refunds.Create is retried by a for loop \\(line 104\\) with no wait between attempts"
		if err == nil {
			return nil
		}
		var ne net.Error
		if !errors.As(err, &ne) {
			return err
		}
		s.log.Printf("mollie refund %s attempt %d: %v", o.ID, attempt+1, err)
	}
	return err
}
