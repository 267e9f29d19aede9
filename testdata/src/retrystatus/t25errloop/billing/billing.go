// Package billing settles doctors' fees through a disbursement port.
package billing

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"

	"retrystatus/t25errloop/stopkit"
)

// Disburser pays a doctor.
type Disburser interface {
	Disburse(ctx context.Context, doctor string, cents int64, key string) error
}

// Settlement pays doctors through a stopkit retry.
type Settlement struct {
	bank Disburser
}

// NewSettlement returns a settlement run.
func NewSettlement(d Disburser) *Settlement { return &Settlement{bank: d} }

// Pay retries the disbursement on any error it returns.
func (s *Settlement) Pay(ctx context.Context, doctor string, cents int64) error {
	key := "fee-" + doctor
	return stopkit.Retry(ctx, 4, func() error {
		return s.bank.Disburse(ctx, doctor, cents, key)
	})
}

// Bonus pays doctors' bonuses through a backoff retry.
type Bonus struct {
	bank Disburser
}

// NewBonus returns a bonus run.
func NewBonus(d Disburser) *Bonus { return &Bonus{bank: d} }

// Pay retries the bonus on any error it returns.
func (b *Bonus) Pay(ctx context.Context, doctor string, cents int64) error {
	key := "bonus-" + doctor
	return backoff.Retry(func() error {
		return b.bank.Disburse(ctx, doctor, cents, key)
	}, backoff.WithContext(backoff.NewExponentialBackOff(), ctx))
}

// Refund pays back a patient's deposit, stopping on any error the bank
// port returns after its own attempts: silent.
type Refund struct {
	bank Disburser
}

// NewRefund returns a refund run.
func NewRefund(d Disburser) *Refund { return &Refund{bank: d} }

// Pay stops on every error.
func (r *Refund) Pay(ctx context.Context, patient string, cents int64) error {
	key := "dep-" + patient
	return stopkit.Retry(ctx, 4, func() error {
		if err := r.bank.Disburse(ctx, patient, cents, key); err != nil {
			return stopkit.Stop(err)
		}
		return nil
	})
}

var errLater = errors.New("later")

// Slow waits a minute between runs; it only names errLater.
func Slow(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Minute):
		return errLater
	}
}
