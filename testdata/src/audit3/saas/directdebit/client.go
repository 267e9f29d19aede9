// Package directdebit collects annual invoices of enterprise customers by
// SEPA/Bacs Direct Debit through GoCardless.
package directdebit

import (
	"context"
	"database/sql"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

type Invoice struct {
	ID        string
	MandateID string
	Cents     int
	Currency  string
}

type Collector struct {
	gc *gocardless.Service
	db *sql.DB
}

func NewCollector(token string, db *sql.DB) (*Collector, error) {
	cfg, err := gocardless.NewConfig(token)
	if err != nil {
		return nil, err
	}
	svc, err := gocardless.New(cfg)
	if err != nil {
		return nil, err
	}
	return &Collector{gc: svc, db: db}, nil
}

func params(inv Invoice) gocardless.PaymentCreateParams {
	return gocardless.PaymentCreateParams{
		Amount:    inv.Cents,
		Currency:  inv.Currency,
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: inv.MandateID},
		Reference: "INV-" + inv.ID,
	}
}

func (c *Collector) saveMandatePayment(ctx context.Context, invID, paymentID string) error {
	_, err := c.db.ExecContext(ctx, `UPDATE invoices SET gc_payment_id = $2 WHERE id = $1`, invID, paymentID)
	return err
}

func pause(attempt int) { time.Sleep(time.Duration(attempt+1) * 3 * time.Second) }
