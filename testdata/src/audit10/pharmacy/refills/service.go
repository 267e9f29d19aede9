// Package refills runs the monthly refill subscriptions: Mollie recurring
// payments in the Netherlands, Square card-on-file in the US.
package refills

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"
	"github.com/square/square-go-sdk/option"
	"gorm.io/gorm"

	"audit10/pharmacy/clinic"
	"audit10/pharmacy/domain"
)

// ErrDeclined is returned when the provider reports a failed payment.
var ErrDeclined = errors.New("refills: payment declined")

// Service charges and activates refills.
type Service struct {
	db         *gorm.DB
	mollie     *mollie.Client
	square     *sqclient.Client
	locationID string
	wholesaler *clinic.Wholesaler
	dispatch   domain.Dispatcher
	log        *log.Logger
}

// Option configures the Service.
type Option func(*Service) error

// WithMollie enables Mollie recurring payments.
func WithMollie(token string) Option {
	return func(s *Service) error {
		cfg := mollie.NewAPIConfig(true)
		cfg.SwitchAuthStrategy(token)
		c, err := mollie.NewClient(&http.Client{Timeout: 15 * time.Second}, cfg)
		if err != nil {
			return err
		}
		s.mollie = c
		return nil
	}
}

// WithSquare enables Square card-on-file payments.
func WithSquare(token, locationID string) Option {
	return func(s *Service) error {
		s.square = sqclient.NewClient(option.WithToken(token))
		s.locationID = locationID
		return nil
	}
}

// NewService returns a Service.
func NewService(db *gorm.DB, w *clinic.Wholesaler, d domain.Dispatcher, opts ...Option) (*Service, error) {
	s := &Service{db: db, wholesaler: w, dispatch: d, log: log.Default()}
	for _, o := range opts {
		if err := o(s); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// RunDue charges every refill whose date has come. It is called by the
// scheduler every ten minutes.
func (s *Service) RunDue(ctx context.Context) error {
	var due []domain.Refill
	if err := s.db.WithContext(ctx).Where("status = ? AND next_run_at <= ?", "active", time.Now()).Find(&due).Error; err != nil {
		return err
	}
	for i := range due {
		r := &due[i]
		var err error
		switch r.Region {
		case domain.RegionNL:
			err = s.chargeMollie(ctx, r)
		case domain.RegionUS:
			err = s.chargeSquare(ctx, r)
		default:
			err = fmt.Errorf("no refill provider for %s", r.Region)
		}
		if err != nil {
			s.log.Printf("refill %s: %v", r.ID, err)
			s.db.WithContext(ctx).Model(r).Update("status", "past_due")
			continue
		}
		s.db.WithContext(ctx).Model(r).Update("next_run_at", r.NextRunAt.AddDate(0, 1, 0))
	}
	return nil
}

func (s *Service) chargeMollie(ctx context.Context, r *domain.Refill) error {
	var pay *mollie.Payment
	op := func() error {
		res, p, err := s.mollie.Payments.Create(ctx, mollie.CreatePayment{ // want "\\[idempotency\\] mollie-go Payments.Create is retried by backoff.Retry \\(line 121\\)"
			Description: "Monthly refill " + r.ID,
			Amount:      &mollie.Amount{Currency: r.Currency, Value: fmt.Sprintf("%.2f", float64(r.AmountMinor)/100)},
			WebhookURL:  "https://api.medirx.example/hooks/mollie",
		}, nil)
		if err != nil {
			if res != nil && res.Response != nil && res.StatusCode < 500 {
				return backoff.Permanent(err)
			}
			return err
		}
		pay = p
		return nil
	}
	if err := backoff.Retry(op, backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 3), ctx)); err != nil {
		return err
	}
	s.db.WithContext(ctx).Model(r).Update("last_payment", pay.ID)
	return s.waitMolliePaid(ctx, pay.ID)
}

// waitMolliePaid waits for a recurring payment; SEPA direct debits take a
// while, so the wait is bounded.
func (s *Service) waitMolliePaid(ctx context.Context, id string) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for { // want "\\[pollbound\\] loop polling payment id stops only when the payment succeeds"
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		_, p, err := s.mollie.Payments.Get(ctx, id, nil)
		if err != nil {
			s.log.Printf("mollie get %s: %v", id, err)
			continue
		}
		if p.Status == "paid" {
			return nil
		}
	}
}

func (s *Service) chargeSquare(ctx context.Context, r *domain.Refill) error {
	for attempt := 0; attempt < 3; attempt++ {
		res, err := s.square.Payments.Create(ctx, &square.CreatePaymentRequest{ // want "\\[idempotency\\] square Payments.Create is made again on every pass of the loop \\(line 153\\) after refills.Service.awaitSquare \\(line 164\\) gives up while the payment may still be pending, with an idempotency key made anew on every pass" "\\[pollcreate\\] payment square Payments.Create made again on every pass of the loop \\(line 153\\) after refills.Service.awaitSquare \\(line 164\\) stops waiting"
			SourceID:       r.CardID,
			IdempotencyKey: uuid.NewString(),
			AmountMoney:    &square.Money{Amount: square.Int64(r.AmountMinor), Currency: (*square.Currency)(square.String(r.Currency))},
		})
		if err != nil {
			return err
		}
		id := *res.Payment.ID
		s.db.WithContext(ctx).Model(r).Update("last_payment", id)
		st, err := s.awaitSquare(ctx, id)
		if err != nil {
			return err
		}
		switch st {
		case "COMPLETED":
			return nil
		case "FAILED", "CANCELED":
			return ErrDeclined
		}
		s.log.Printf("refill %s: square payment %s still %s", r.ID, id, st)
	}
	return fmt.Errorf("refill %s: not completed", r.ID)
}

// awaitSquare reads a Square payment until it is final or ten reads have
// been made, and returns its last status.
func (s *Service) awaitSquare(ctx context.Context, id string) (string, error) {
	st := "PENDING"
	for i := 0; i < 10; i++ {
		res, err := s.square.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: id})
		if err != nil {
			return "", err
		}
		if res.Payment != nil && res.Payment.Status != nil {
			st = *res.Payment.Status
		}
		if st == "COMPLETED" || st == "FAILED" || st == "CANCELED" {
			return st, nil
		}
		time.Sleep(3 * time.Second)
	}
	return st, nil
}

// RefundRefill refunds the last refill payment of a cancelled subscription.
func (s *Service) RefundRefill(ctx context.Context, r *domain.Refill) error {
	req := &square.RefundPaymentRequest{
		IdempotencyKey: "refill-refund-" + r.ID + "-" + r.LastPayment,
		AmountMoney:    &square.Money{Amount: square.Int64(r.AmountMinor), Currency: (*square.Currency)(square.String(r.Currency))},
		PaymentID:      square.String(r.LastPayment),
	}
	var err error
	for i := 0; i < 3; i++ {
		if _, err = s.square.Refunds.RefundPayment(ctx, req); err == nil { // want "\\[retrybackoff\\] square Refunds.RefundPayment is retried by a for loop"
			return s.db.WithContext(ctx).Model(r).Update("status", domain.StatusRefunded).Error
		}
	}
	return err
}

// ActivateRefill reserves stock for a paid refill and ships it.
func (s *Service) ActivateRefill(ctx context.Context, refillID, paymentID string) error {
	var r domain.Refill
	if err := s.db.WithContext(ctx).First(&r, "id = ?", refillID).Error; err != nil {
		return err
	}
	if err := s.db.WithContext(ctx).Model(&r).Updates(map[string]any{"status": "active", "last_payment": paymentID}).Error; err != nil {
		return err
	}
	if err := s.wholesaler.Reserve(ctx, "refill-"+r.ID, r.PatientID, 1); err != nil {
		return err
	}
	return s.dispatch.ShipOrder(ctx, "refill-"+r.ID)
}

// Refill loads a refill.
func (s *Service) Refill(ctx context.Context, id string) (*domain.Refill, error) {
	var r domain.Refill
	err := s.db.WithContext(ctx).First(&r, "id = ?", id).Error
	return &r, err
}

// RefillByPayment finds the refill a provider payment belongs to.
func (s *Service) RefillByPayment(ctx context.Context, paymentID string) (*domain.Refill, error) {
	var r domain.Refill
	err := s.db.WithContext(ctx).Where("last_payment = ?", paymentID).First(&r).Error
	return &r, err
}

// MarkPaid records a completed refill payment.
func (s *Service) MarkPaid(ctx context.Context, refillID, paymentID string) error {
	return s.db.WithContext(ctx).Model(&domain.Refill{}).Where("id = ?", refillID).
		Updates(map[string]any{"status": domain.StatusPaid, "last_payment": paymentID}).Error
}
