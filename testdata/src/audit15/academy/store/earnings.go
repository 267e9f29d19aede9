package store

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"audit15/academy/domain"
)

// Earnings books instructor shares with bun.
type Earnings struct {
	db     *bun.DB
	orders *Orders
	share  float64
}

func NewEarnings(db *bun.DB, orders *Orders, share float64) *Earnings {
	return &Earnings{db: db, orders: orders, share: share}
}

// RecordSale books the instructor share of a paid order.
func (e *Earnings) RecordSale(ctx context.Context, orderID string, amountMinor int64, currency string) error {
	o, err := e.orders.Get(ctx, orderID)
	if err != nil {
		return err
	}
	_, err = e.db.NewInsert().Table("instructor_earnings").
		Value("instructor_id", "(SELECT instructor_id FROM courses WHERE id = ?)", o.CourseID).
		Value("order_id", "?", orderID).
		Value("amount_minor", "?", int64(float64(amountMinor)*e.share)).
		Value("currency", "?", currency).
		Exec(ctx)
	return err
}

// MarkTransferred stores the transfer of one earnings row.
func (e *Earnings) MarkTransferred(ctx context.Context, id int64, transferID string) error {
	_, err := e.db.NewUpdate().Table("instructor_earnings").
		Set("transfer_id = ?", transferID).
		Set("paid_at = ?", time.Now()).
		Where("id = ?", id).
		Where("paid_at IS NULL").
		Exec(ctx)
	return err
}

// Unpaid lists the rows the monthly payout has not sent yet.
func (e *Earnings) Unpaid(ctx context.Context, before time.Time) ([]domain.Earning, error) {
	var rows []domain.Earning
	err := e.orders.db.SelectContext(ctx, &rows, `SELECT * FROM instructor_earnings WHERE paid_at IS NULL AND created_at < $1`, before)
	return rows, err
}
