// Package tolls runs the nightly job that bills tolls and traffic fines
// reported by road operators and authorities to the renter's saved card.
package tolls

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/jmoiron/sqlx"

	"audit10/carrental/domain"
)

type pendingToll struct {
	ID             string `db:"id"`
	RentalID       string `db:"rental_id"`
	Plaza          string `db:"plaza"`
	AmountCents    int64  `db:"amount_cents"`
	Currency       string `db:"currency"`
	StripeCustomer string `db:"stripe_customer"`
	PaymentMethod  string `db:"payment_method"`
	Email          string `db:"email"`
}

type pendingFine struct {
	ID             string `db:"id"`
	RentalID       string `db:"rental_id"`
	Authority      string `db:"authority"`
	Reference      string `db:"reference"`
	AmountCents    int64  `db:"amount_cents"`
	AdminFeeCents  int64  `db:"admin_fee_cents"`
	Currency       string `db:"currency"`
	StripeCustomer string `db:"stripe_customer"`
	PaymentMethod  string `db:"payment_method"`
}

// Job bills pending tolls and fines.
type Job struct {
	db      *sqlx.DB
	charger domain.Charger
	mailer  domain.Mailer
	log     *slog.Logger
}

// NewJob returns a Job.
func NewJob(db *sqlx.DB, charger domain.Charger, mailer domain.Mailer, log *slog.Logger) *Job {
	return &Job{db: db, charger: charger, mailer: mailer, log: log}
}

// Run is scheduled nightly by cron.
func (j *Job) Run() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Hour)
	defer cancel()
	if err := j.chargeTolls(ctx); err != nil {
		j.log.Error("tolls", "err", err)
	}
	if err := j.chargeFines(ctx); err != nil {
		j.log.Error("fines", "err", err)
	}
}

func (j *Job) chargeTolls(ctx context.Context) error {
	var rows []pendingToll
	err := j.db.SelectContext(ctx, &rows, `
		SELECT t.id, t.rental_id, t.plaza, t.amount_cents, t.currency,
		       c.stripe_customer, c.payment_method, c.email
		FROM toll_charges t JOIN rentals r ON r.id = t.rental_id JOIN customers c ON c.id = r.customer_id
		WHERE t.status = 'pending' ORDER BY t.created_at LIMIT 500`)
	if err != nil {
		return fmt.Errorf("select tolls: %w", err)
	}
	billed := map[string][]pendingToll{}
	for _, t := range rows {
		var piID string
		err := retry.Do(func() error {
			id, err := j.charger.Charge(ctx, domain.ChargeRequest{
				Customer:      t.StripeCustomer,
				PaymentMethod: t.PaymentMethod,
				AmountCents:   t.AmountCents,
				Currency:      t.Currency,
				Description:   "Toll " + t.Plaza,
				Reference:     "toll:" + t.ID,
			})
			piID = id
			return err
		},
			retry.Attempts(3),
			retry.Delay(2*time.Second),
			retry.Context(ctx),
			retry.RetryIf(func(err error) bool { return !errors.Is(err, domain.ErrDeclined) }),
		)
		status := "charged"
		if err != nil {
			status = "failed"
			j.log.Warn("toll charge failed", "toll", t.ID, "err", err)
		}
		j.db.MustExecContext(ctx, `UPDATE toll_charges SET status = $2, payment_intent = $3 WHERE id = $1`, t.ID, status, piID)
		if err == nil {
			billed[t.Email] = append(billed[t.Email], t)
		}
	}
	for email, tolls := range billed {
		if err := j.mailer.SendReceipt(ctx, email, "Tolls from your rental", summary(tolls)); err != nil {
			j.log.Warn("toll summary mail", "to", email, "err", err)
		}
	}
	return nil
}

func (j *Job) chargeFines(ctx context.Context) error {
	var rows []pendingFine
	if err := j.db.SelectContext(ctx, &rows, `
		SELECT f.id, f.rental_id, f.authority, f.reference, f.amount_cents, f.admin_fee_cents, f.currency,
		       c.stripe_customer, c.payment_method
		FROM traffic_fines f JOIN rentals r ON r.id = f.rental_id JOIN customers c ON c.id = r.customer_id
		WHERE f.status = 'pending'`); err != nil {
		return fmt.Errorf("select fines: %w", err)
	}
	for _, f := range rows {
		req := domain.ChargeRequest{
			Customer:       f.StripeCustomer,
			PaymentMethod:  f.PaymentMethod,
			AmountCents:    f.AmountCents + f.AdminFeeCents,
			Currency:       f.Currency,
			Description:    fmt.Sprintf("Fine %s (%s)", f.Reference, f.Authority),
			Reference:      "fine:" + f.ID,
			IdempotencyKey: "fine-" + f.ID,
		}
		var piID string
		err := retry.Do(func() error {
			var err error
			piID, err = j.charger.Charge(ctx, req)
			return err
		}, retry.Attempts(3), retry.Context(ctx), retry.RetryIf(func(err error) bool { return !errors.Is(err, domain.ErrDeclined) }))
		if err != nil {
			j.log.Warn("fine charge failed", "fine", f.ID, "err", err)
			continue
		}
		j.db.MustExecContext(ctx, `UPDATE traffic_fines SET status = 'charged', payment_intent = $2 WHERE id = $1`, f.ID, piID)
	}
	return nil
}

func summary(ts []pendingToll) string {
	var total int64
	for _, t := range ts {
		total += t.AmountCents
	}
	return fmt.Sprintf("%d tolls, %.2f %s in total", len(ts), float64(total)/100, ts[0].Currency)
}
