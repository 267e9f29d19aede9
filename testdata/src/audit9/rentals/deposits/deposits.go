// Package deposits holds tenants' security deposits and returns them at
// move-out, less the deductions the property manager recorded.
package deposits

import (
	"context"
	"fmt"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/braintree-go/braintree-go"
	"github.com/jackc/pgx/v5/pgxpool"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/refund"
)

// Deposit is a security deposit on a lease. Deposits taken by ACH are paid
// and refunded through Stripe; card deposits are Braintree authorisations.
type Deposit struct {
	LeaseID    string
	Method     string // "ach" or "card"
	IntentID   string
	BtTxID     string
	Amount     int64
	Deductions int64
	Currency   string
	Status     string
}

// Store keeps deposits in Postgres.
type Store struct {
	pool *pgxpool.Pool
}

// NewStore returns a Store.
func NewStore(pool *pgxpool.Pool) *Store { return &Store{pool: pool} }

// Get loads the deposit of a lease.
func (s *Store) Get(ctx context.Context, leaseID string) (*Deposit, error) {
	d := Deposit{LeaseID: leaseID}
	err := s.pool.QueryRow(ctx, `
		SELECT method, intent_id, bt_tx_id, amount, deductions, currency, status
		FROM deposits WHERE lease_id = $1`, leaseID).
		Scan(&d.Method, &d.IntentID, &d.BtTxID, &d.Amount, &d.Deductions, &d.Currency, &d.Status)
	if err != nil {
		return nil, err
	}
	return &d, nil
}

// SetStatus stores a deposit's status.
func (s *Store) SetStatus(ctx context.Context, leaseID, status string) error {
	_, err := s.pool.Exec(ctx, `UPDATE deposits SET status = $2, updated_at = now() WHERE lease_id = $1`, leaseID, status)
	return err
}

// RecordCardHold stores a new card authorisation for a lease.
func (s *Store) RecordCardHold(ctx context.Context, leaseID, txID string, amount int64, currency string) error {
	_, err := s.pool.Exec(ctx, `
		INSERT INTO deposits (lease_id, method, bt_tx_id, amount, currency, status)
		VALUES ($1, 'card', $2, $3, $4, 'held')`, leaseID, txID, amount, currency)
	return err
}

// Service places holds and returns deposits.
type Service struct {
	store *Store
	bt    *braintree.Braintree
}

// NewService returns a Service.
func NewService(store *Store, bt *braintree.Braintree) *Service {
	return &Service{store: store, bt: bt}
}

// PlaceCardHold authorises the deposit on the tenant's card without
// capturing it.
func (s *Service) PlaceCardHold(ctx context.Context, leaseID, nonce string, amountCents int64) error {
	tx, err := s.bt.Transaction().Create(ctx, &braintree.TransactionRequest{
		Type:               "sale",
		Amount:             braintree.NewDecimal(amountCents, 2),
		OrderId:            "deposit-" + leaseID,
		PaymentMethodNonce: nonce,
	})
	if err != nil {
		return err
	}
	return s.store.RecordCardHold(ctx, leaseID, tx.Id, amountCents, "usd")
}

// MoveOut settles the deposit when the tenant leaves: a card hold is voided
// or partly captured for the deductions; an ACH deposit is refunded.
func (s *Service) MoveOut(ctx context.Context, leaseID string) error {
	d, err := s.store.Get(ctx, leaseID)
	if err != nil {
		return err
	}
	if d.Status != "held" {
		return nil
	}
	switch d.Method {
	case "card":
		err = s.settleCardHold(ctx, d)
	case "ach":
		err = s.refundACH(ctx, d)
	default:
		err = fmt.Errorf("deposit %s: unknown method %q", leaseID, d.Method)
	}
	if err != nil {
		return err
	}
	return s.store.SetStatus(ctx, leaseID, "returned")
}

func (s *Service) settleCardHold(ctx context.Context, d *Deposit) error {
	if d.Deductions == 0 {
		_, err := s.bt.Transaction().Void(ctx, d.BtTxID)
		return err
	}
	_, err := s.bt.Transaction().SubmitForSettlement(ctx, d.BtTxID, braintree.NewDecimal(d.Deductions, 2))
	return err
}

func (s *Service) refundACH(ctx context.Context, d *Deposit) error {
	refundable := d.Amount - d.Deductions
	if refundable <= 0 {
		return nil
	}
	return retry.Do(func() error {
		params := &stripe.RefundParams{
			PaymentIntent: stripe.String(d.IntentID),
			Amount:        stripe.Int64(refundable),
			Reason:        stripe.String("requested_by_customer"),
		}
		params.SetIdempotencyKey(fmt.Sprintf("deposit-refund-%s-%s", d.LeaseID, time.Now().Format("20060102T150405")))
		_, err := refund.New(params) // want "\\[idempotency\\] stripe refund.New is retried by retry.Do \\(line 129\\) with an idempotency key made anew on every attempt \\(time.Now\\(\\), line 135\\)"
		return err
	}, retry.Attempts(4), retry.Delay(2*time.Second), retry.Context(ctx))
}

// MarkDepositPaid records an ACH deposit paid through Checkout.
func (s *Store) MarkDepositPaid(ctx context.Context, leaseID, intentID string) error {
	_, err := s.pool.Exec(ctx, `
		INSERT INTO deposits (lease_id, method, intent_id, amount, currency, status)
		SELECT id, 'ach', $2, deposit_amount, currency, 'held' FROM leases WHERE id = $1
		ON CONFLICT (lease_id) DO UPDATE SET intent_id = EXCLUDED.intent_id, status = 'held'`, leaseID, intentID)
	return err
}
