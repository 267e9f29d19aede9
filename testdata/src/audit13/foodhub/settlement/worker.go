// Package settlement computes and pays the nightly restaurant settlements.
package settlement

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/sethvargo/go-retry"

	"audit13/foodhub/bankpayout"
)

// Bank sends settlement transfers.
type Bank interface {
	SettleRestaurant(ctx context.Context, t bankpayout.Transfer) (*bankpayout.TransferResult, error)
}

// Worker runs the nightly settlement.
type Worker struct {
	db   *sql.DB
	bank Bank
	now  func() time.Time
	log  *log.Logger
}

// NewWorker returns a settlement worker.
func NewWorker(db *sql.DB, bank Bank) *Worker {
	return &Worker{db: db, bank: bank, now: time.Now, log: log.Default()}
}

type line struct {
	RestaurantID string
	Name         string
	IBAN         string
	Currency     string
	Gross        int64
	Commission   int64
	Refunds      int64
}

func (l line) net() int64 { return l.Gross - l.Commission - l.Refunds }

const settlementQuery = `
SELECT r.id, r.legal_name, r.iban, o.currency,
       SUM(o.amount_minor),
       SUM(o.amount_minor * r.commission_bp / 10000),
       COALESCE(SUM(rf.amount_minor), 0)
  FROM orders o
  JOIN restaurants r ON r.id = o.restaurant_id
  LEFT JOIN refunds rf ON rf.order_id = o.id
 WHERE o.status IN ('paid', 'dispatched', 'delivered')
   AND o.paid_at >= $1::date AND o.paid_at < $1::date + 1
 GROUP BY r.id, r.legal_name, r.iban, o.currency`

func (w *Worker) compute(ctx context.Context, day string) ([]line, error) {
	rows, err := w.db.QueryContext(ctx, settlementQuery, day)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []line
	for rows.Next() {
		var l line
		if err := rows.Scan(&l.RestaurantID, &l.Name, &l.IBAN, &l.Currency, &l.Gross, &l.Commission, &l.Refunds); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// record stores the settlement of a restaurant for a day once and returns
// its id and status.
func (w *Worker) record(ctx context.Context, day string, l line) (id, status string, err error) {
	err = w.db.QueryRowContext(ctx, `
		INSERT INTO restaurant_settlements (restaurant_id, day, amount_minor, currency, status)
		VALUES ($1, $2, $3, $4, 'computed')
		ON CONFLICT (restaurant_id, day) DO UPDATE SET day = EXCLUDED.day
		RETURNING id, status`, l.RestaurantID, day, l.net(), l.Currency).Scan(&id, &status)
	return id, status, err
}

// Run settles yesterday's orders for every restaurant.
func (w *Worker) Run(ctx context.Context) error {
	day := w.now().AddDate(0, 0, -1).Format("2006-01-02")
	lines, err := w.compute(ctx, day)
	if err != nil {
		return fmt.Errorf("compute %s: %w", day, err)
	}
	var failed int
	for _, l := range lines {
		if l.net() <= 0 {
			continue
		}
		id, status, err := w.record(ctx, day, l)
		if err != nil {
			return err
		}
		if status == "sent" {
			continue
		}
		if err := w.pay(ctx, id, l); err != nil {
			w.log.Printf("settlement %s for %s: %v", id, l.RestaurantID, err)
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d settlements failed", failed)
	}
	return nil
}

func (w *Worker) pay(ctx context.Context, id string, l line) error {
	t := bankpayout.Transfer{
		IBAN:        l.IBAN,
		Name:        l.Name,
		AmountMinor: l.net(),
		Currency:    l.Currency,
		Remittance:  "foodhub settlement " + id,
		Reference:   "stl-" + id,
	}
	b := retry.WithMaxRetries(5, retry.NewExponential(2*time.Second))
	return retry.Do(ctx, b, func(ctx context.Context) error {
		res, err := w.bank.SettleRestaurant(ctx, t)
		if err != nil {
			var apiErr *bankpayout.APIError
			if errors.As(err, &apiErr) && !apiErr.Temporary() {
				return err
			}
			return retry.RetryableError(err)
		}
		_, err = w.db.ExecContext(ctx,
			`UPDATE restaurant_settlements SET status = 'sent', transfer_id = $2 WHERE id = $1`, id, res.ID)
		return err
	})
}
