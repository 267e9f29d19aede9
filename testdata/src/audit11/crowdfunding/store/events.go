package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Events remembers which provider webhook deliveries were handled.
type Events struct{ pool *pgxpool.Pool }

func NewEvents(pool *pgxpool.Pool) *Events { return &Events{pool: pool} }

// Claim records the event and reports whether this delivery is the first.
func (e *Events) Claim(ctx context.Context, provider, eventID string) (bool, error) {
	tag, err := e.pool.Exec(ctx, `INSERT INTO webhook_events (provider, event_id) VALUES ($1, $2)
		ON CONFLICT (provider, event_id) DO NOTHING`, provider, eventID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// Release forgets a claimed event so the provider's next delivery is
// processed again (handling failed after the claim).
func (e *Events) Release(ctx context.Context, provider, eventID string) error {
	_, err := e.pool.Exec(ctx, `DELETE FROM webhook_events WHERE provider = $1 AND event_id = $2`, provider, eventID)
	return err
}
