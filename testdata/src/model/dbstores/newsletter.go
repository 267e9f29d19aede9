package dbstores

import (
	"context"
	"database/sql"
)

type Mailer struct{ db *sql.DB }

// A subscription to a newsletter, a mailing list or alerts is free.
func (m *Mailer) newsletterLookalikes(ctx context.Context, token string) {
	m.db.ExecContext(ctx, `UPDATE newsletter_subscriptions SET status = 'confirmed' WHERE token = $1`, token)
	m.db.ExecContext(ctx, `UPDATE mailing_list_subscriptions SET status = 'active' WHERE token = $1`, token)
	m.db.ExecContext(ctx, `UPDATE alert_subscriptions SET status = 'active' WHERE token = $1`, token)
	m.db.ExecContext(ctx, `UPDATE digest_subscriptions SET state = 'confirmed' WHERE token = $1`, token)
}

// A SaaS plan's subscription stays a payment table.
func (m *Mailer) activatePlan(ctx context.Context, id string) { // want `wrapper Mailer.activatePlan statewrite`
	m.db.ExecContext(ctx, `UPDATE subscriptions SET status = 'active' WHERE id = $1`, id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}
