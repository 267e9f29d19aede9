// Package latefees charges late fees on leases whose rent is overdue.
package latefees

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"gorm.io/gorm"

	"audit9/rentals/ledger"
)

// ErrAlreadyCharged is returned when the period's fee exists already.
var ErrAlreadyCharged = errors.New("late fee already charged")

// Fee is a late fee row; (lease_id, period) is unique.
type Fee struct {
	ID       string `gorm:"primaryKey"`
	LeaseID  string `gorm:"uniqueIndex:idx_fee_period"`
	Period   string `gorm:"uniqueIndex:idx_fee_period"`
	Amount   int64
	Currency string
	Status   string
}

// Collector takes a charge from the tenant's mandate.
type Collector interface {
	Collect(ctx context.Context, lease *ledger.Lease, c *ledger.Charge) (*gocardless.Payment, error)
}

// Leases lists overdue leases.
type Leases interface {
	OverdueLeases(ctx context.Context, asOf time.Time) ([]ledger.Lease, error)
}

// Notifier tells tenants about fees.
type Notifier interface {
	LateFeeNotice(ctx context.Context, email string, amount int64, currency string) error
}

// Worker runs the nightly late-fee pass.
type Worker struct {
	db       *gorm.DB
	leases   Leases
	collect  Collector
	notify   Notifier
	log      *slog.Logger
	feePct   int64
	minFee   int64
	throttle time.Duration
}

// Option configures a Worker.
type Option func(*Worker)

// WithFee sets the fee as a percentage of the rent, with a floor.
func WithFee(pct, min int64) Option { return func(w *Worker) { w.feePct, w.minFee = pct, min } }

// NewWorker returns a Worker.
func NewWorker(db *gorm.DB, leases Leases, c Collector, n Notifier, log *slog.Logger, opts ...Option) *Worker {
	w := &Worker{db: db, leases: leases, collect: c, notify: n, log: log, feePct: 5, minFee: 2500}
	for _, o := range opts {
		o(w)
	}
	return w
}

func (w *Worker) feeFor(l *ledger.Lease) int64 {
	return max(l.MonthlyRent*w.feePct/100, w.minFee)
}

// RunOnce charges each overdue lease its fee for the period, once.
func (w *Worker) RunOnce(ctx context.Context, now time.Time) error {
	leases, err := w.leases.OverdueLeases(ctx, now)
	if err != nil {
		return err
	}
	period := now.Format("2006-01")
	for i := range leases {
		l := &leases[i]
		if err := w.chargeLease(ctx, l, period); err != nil {
			if errors.Is(err, ErrAlreadyCharged) {
				continue
			}
			w.log.Error("late fee", "lease", l.ID, "err", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	return nil
}

func (w *Worker) chargeLease(ctx context.Context, l *ledger.Lease, period string) error {
	fee := Fee{ID: "fee_" + l.ID + "_" + period, LeaseID: l.ID, Period: period, Amount: w.feeFor(l), Currency: l.Currency, Status: "open"}
	if res := w.db.WithContext(ctx).Create(&fee); res.Error != nil {
		return fmt.Errorf("%w: %v", ErrAlreadyCharged, res.Error)
	}
	charge := &ledger.Charge{ID: fee.ID, LeaseID: l.ID, Kind: "late_fee", Period: period, Amount: fee.Amount, Currency: fee.Currency}
	p, err := w.collect.Collect(ctx, l, charge)
	if err != nil {
		return err
	}
	w.db.WithContext(ctx).Model(&fee).Updates(map[string]any{"status": "submitted", "provider_ref": p.Id})
	return w.notify.LateFeeNotice(ctx, l.TenantEmail, fee.Amount, fee.Currency)
}
