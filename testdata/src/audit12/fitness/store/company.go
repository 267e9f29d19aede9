package store

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"
)

// Companies stores corporate wellness customers.
type Companies struct {
	db *sqlx.DB
}

func NewCompanies(db *sqlx.DB) *Companies { return &Companies{db: db} }

func (c *Companies) SetMandateStatus(ctx context.Context, companyID, status string) error {
	_, err := c.db.ExecContext(ctx, `UPDATE companies SET mandate_status = $2, mandate_updated_at = $3 WHERE id = $1`,
		companyID, status, time.Now())
	return err
}

// PayerAccount returns the company's payer account on the B2B network.
func (c *Companies) PayerAccount(companyID string) string {
	var acct string
	_ = c.db.GetContext(context.Background(), &acct, `SELECT payer_account FROM companies WHERE id = $1`, companyID)
	return acct
}
