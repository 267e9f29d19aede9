package r13paidflag

import (
	"context"
	"database/sql"

	"gorm.io/gorm"
)

// Look-alikes: flags that are not money (is_read, archived, active,
// email_verified) even on rows with money; a paid flag on a row that
// prices or proposes (quotes, estimates) or records (payment_events); a
// flag set false or to a value not known; a flag on a row with neither a
// payment reference nor an amount; money leaving us (refunds).

type Quiet struct {
	db *sql.DB
	g  *gorm.DB
}

func (q *Quiet) Flags(ctx context.Context, id, ref string) {
	q.db.ExecContext(ctx, `UPDATE messages SET is_read = true, payment_ref = $2 WHERE id = $1`, id, ref)
	q.db.ExecContext(ctx, `UPDATE statements SET archived = true, amount_cents = $2 WHERE id = $1`, id, 3)
	q.db.ExecContext(ctx, `UPDATE promotions SET active = true, discount_amount = $2 WHERE id = $1`, id, 3)
	q.db.ExecContext(ctx, `UPDATE subscribers SET email_verified = true, transfer_id = $2 WHERE id = $1`, id, ref)
}

func (q *Quiet) Proposals(ctx context.Context, id string) {
	q.db.ExecContext(ctx, `UPDATE quotes SET is_paid = true, amount_cents = $2 WHERE id = $1`, id, 3)
	q.db.ExecContext(ctx, `INSERT INTO estimates (id, total_cents, paid) VALUES ($1, $2, false)`, id, 3)
	q.db.ExecContext(ctx, `UPDATE estimates SET paid = true WHERE id = $1`, id)
}

func (q *Quiet) Records(ctx context.Context, id, ref string) {
	q.db.ExecContext(ctx, `UPDATE payment_events SET paid = true, payment_ref = $2 WHERE id = $1`, id, ref)
	q.db.ExecContext(ctx, `UPDATE webhook_logs SET settled = true, amount = $2 WHERE id = $1`, id, 3)
}

func (q *Quiet) Unset(ctx context.Context, id string, paid bool) {
	q.db.ExecContext(ctx, `UPDATE commissions SET disbursed = false, transfer_id = NULL WHERE id = $1`, id)
	q.db.ExecContext(ctx, `UPDATE gigs SET paid_out = $2, payout_reference = $3 WHERE id = $1`, id, paid, "r")
}

func (q *Quiet) NoMoney(ctx context.Context, id string) {
	q.db.QueryRowContext(ctx, `SELECT id, title, done, paid FROM chores WHERE id = $1`, id)
	q.db.ExecContext(ctx, `UPDATE chores SET paid = true WHERE id = $1`, id)
}

func (q *Quiet) Outgoing(ctx context.Context, id, ref string) {
	q.db.ExecContext(ctx, `UPDATE refunds SET settled = true, transfer_id = $2 WHERE id = $1`, id, ref)
}

// Note is a GORM model with no money: its flag is read state.
type Note struct {
	ID     string
	IsRead bool
}

// Quote prices a job: paid on a quote is nobody's payment.
type Quote struct {
	ID          string
	AmountCents int64
	IsPaid      bool
}

func (q *Quiet) Gorm(id string) {
	q.g.Model(&Note{}).Where("id = ?", id).Update("is_read", true)
	q.g.Model(&Quote{}).Where("id = ?", id).Update("is_paid", true)
	var b Bounty
	q.g.Where("id = ?", id).First(&b)
	b.PaidOut = false
	q.g.Save(&b)
}
