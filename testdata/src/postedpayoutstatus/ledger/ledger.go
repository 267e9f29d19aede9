// Package ledger stores the marketplace's payouts to its sellers and the
// callbacks the payout rail posts about them.
package ledger

import (
	"context"
	"database/sql"
	"time"

	"gorm.io/gorm"
)

// Payout is one transfer to a seller.
type Payout struct {
	ID          int64
	ProviderRef string
	AmountCents int64
	Currency    string
	Status      string
	UpdatedAt   time.Time
}

// Payouts is the payouts table.
type Payouts struct{ DB *gorm.DB }

// SetByRail records the status the rail reports for its transfer.
func (p *Payouts) SetByRail(ctx context.Context, providerRef, status string) error {
	return p.DB.WithContext(ctx).Model(&Payout{}).Where("provider_ref = ?", providerRef).
		Updates(map[string]any{"status": status, "updated_at": time.Now()}).Error
}

// Transfers is the transfers table, kept with database/sql.
type Transfers struct{ DB *sql.DB }

// Record stores the state a transfer reached.
func (t *Transfers) Record(ctx context.Context, id, status string) error {
	_, err := t.DB.ExecContext(ctx, `UPDATE transfers SET status = $1, updated_at = now() WHERE id = $2`, status, id)
	return err
}

// Deliveries logs every callback received, before anything is decided.
type Deliveries struct{ DB *sql.DB }

// Log keeps the raw body of a callback.
func (d *Deliveries) Log(ctx context.Context, ref string, body []byte) error {
	_, err := d.DB.ExecContext(ctx, `INSERT INTO payout_callbacks (ref, body, received_at) VALUES ($1, $2, now())`, ref, body)
	return err
}

// SetDeliveryStatus records how far the processing of a callback went.
func (d *Deliveries) SetDeliveryStatus(ctx context.Context, ref, status string) error {
	_, err := d.DB.ExecContext(ctx, `UPDATE webhook_deliveries SET status = $1 WHERE ref = $2`, status, ref)
	return err
}
