package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Ledger is the pgx-backed ledger and webhook event log.
type Ledger struct{ pool *pgxpool.Pool }

// NewLedger returns a ledger over a pgx pool.
func NewLedger(pool *pgxpool.Pool) *Ledger { return &Ledger{pool: pool} }

// ClaimEvent records a provider event id; it reports false when the event
// was recorded before.
func (l *Ledger) ClaimEvent(ctx context.Context, provider, eventID string) (bool, error) {
	tag, err := l.pool.Exec(ctx,
		`INSERT INTO webhook_events (provider, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
		provider, eventID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// ClaimPendingMpesa moves an M-Pesa order from pending to paid; it reports
// false when the order was not pending any more.
func (l *Ledger) ClaimPendingMpesa(ctx context.Context, checkoutID, receipt string) (string, bool, error) {
	var ref string
	err := l.pool.QueryRow(ctx,
		`UPDATE box_orders SET status = 'paid', provider_ref = $2
		  WHERE checkout_request_id = $1 AND status = 'pending' RETURNING ref`,
		checkoutID, receipt).Scan(&ref)
	if err != nil {
		return "", false, nil
	}
	return ref, true, nil
}

// Append writes one ledger line.
func (l *Ledger) Append(ctx context.Context, e LedgerEntry) error {
	_, err := l.pool.Exec(ctx,
		`INSERT INTO ledger_entries (order_ref, kind, amount_minor, currency, provider_ref) VALUES ($1, $2, $3, $4, $5)`,
		e.OrderRef, e.Kind, e.AmountMinor, e.Currency, e.ProviderRef)
	return err
}

// GrantBoxCredits gives a buyer box credits for a paid order.
func (l *Ledger) GrantBoxCredits(ctx context.Context, orderRef string, boxes int) error {
	_, err := l.pool.Exec(ctx,
		`INSERT INTO box_credits (order_ref, boxes) SELECT $1, $2`, orderRef, boxes)
	return err
}
