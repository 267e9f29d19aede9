package workers

import (
	"context"
	"log"
	"time"

	"audit13/clinic/domain"

	machinery "github.com/RichardKnop/machinery/v1"
	"github.com/jmoiron/sqlx"
)

// TaskSettleDeposits is the machinery task that settles deposit holds.
const TaskSettleDeposits = "appointments.settle_deposits"

// DepositSettler captures or releases holds (deposits.Service).
type DepositSettler interface {
	Capture(ctx context.Context, a *domain.Appointment) error
	Release(ctx context.Context, a *domain.Appointment) error
}

// Deposits settles the deposits of appointments that ended.
type Deposits struct {
	db       *sqlx.DB
	deposits DepositSettler
}

// NewDeposits returns the deposit settlement job.
func NewDeposits(db *sqlx.DB, d DepositSettler) *Deposits { return &Deposits{db: db, deposits: d} }

// Register registers the machinery task.
func (d *Deposits) Register(server *machinery.Server) error {
	return server.RegisterTask(TaskSettleDeposits, d.Settle)
}

type endedRow struct {
	ID              string `db:"id"`
	Status          string `db:"status"`
	DepositCents    int64  `db:"deposit_cents"`
	Currency        string `db:"currency"`
	PaymentIntentID string `db:"payment_intent_id"`
	WaiveNoShowFee  bool   `db:"waive_no_show_fee"`
}

// Settle captures the deposit of every completed visit and releases or
// keeps the hold of no-shows, once per appointment.
func (d *Deposits) Settle(sinceUnix int64) error {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	var rows []endedRow
	err := d.db.SelectContext(ctx, &rows, `SELECT id, status, deposit_cents, currency, payment_intent_id, waive_no_show_fee
		FROM appointments WHERE deposit_status = 'authorized' AND starts_at >= to_timestamp($1)
		AND status IN ('completed', 'no_show')`, sinceUnix)
	if err != nil {
		return err
	}
	for _, r := range rows {
		a := &domain.Appointment{ID: r.ID, Status: domain.AppointmentStatus(r.Status), DepositCents: r.DepositCents,
			Currency: r.Currency, PaymentIntentID: r.PaymentIntentID}
		switch {
		case a.Status == domain.AppointmentCompleted, a.Status == domain.AppointmentNoShow && !r.WaiveNoShowFee:
			err = d.deposits.Capture(ctx, a)
		default:
			err = d.deposits.Release(ctx, a)
		}
		if err != nil {
			log.Printf("settle: appointment %s: %v", a.ID, err)
		}
	}
	return nil
}
