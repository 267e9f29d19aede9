package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// Ledger is the double-entry money ledger in Postgres.
type Ledger struct {
	pool *pgxpool.Pool
}

// NewLedger returns a ledger on pool.
func NewLedger(pool *pgxpool.Pool) *Ledger { return &Ledger{pool: pool} }

// Credit books money received for an employer.
func (l *Ledger) Credit(ctx context.Context, employerID string, amount int64, ref string) error {
	_, err := l.pool.Exec(ctx,
		`INSERT INTO ledger_entries (employer_id, amount, ref, created_at) VALUES ($1, $2, $3, now())`,
		employerID, amount, ref)
	return err
}

// AddFloat raises the employer's prefunded float.
func (l *Ledger) AddFloat(ctx context.Context, employerID string, amount int64) error {
	_, err := l.pool.Exec(ctx,
		`UPDATE employers SET float_balance = float_balance + $1 WHERE id = $2`, amount, employerID)
	return err
}

// ApplyTopup credits a card top-up once per payment intent.
func (l *Ledger) ApplyTopup(ctx context.Context, paymentIntentID, employerID string, amount int64) error {
	tag, err := l.pool.Exec(ctx,
		`INSERT INTO float_topups (payment_intent, employer_id, amount) VALUES ($1, $2, $3)
		 ON CONFLICT (payment_intent) DO NOTHING`, paymentIntentID, employerID, amount)
	if err != nil || tag.RowsAffected() == 0 {
		return err
	}
	return l.AddFloat(ctx, employerID, amount)
}

// ClaimEvent records a provider event; it reports false when the event
// was already recorded.
func (l *Ledger) ClaimEvent(ctx context.Context, provider, eventID string) (bool, error) {
	tag, err := l.pool.Exec(ctx,
		`INSERT INTO webhook_events (provider, event_id, received_at) VALUES ($1, $2, now())
		 ON CONFLICT (provider, event_id) DO NOTHING`, provider, eventID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// MarkFeePaid sets an India fee invoice paid.
func (l *Ledger) MarkFeePaid(ctx context.Context, feeID, paymentID string) error {
	_, err := l.pool.Exec(ctx,
		`UPDATE fee_invoices SET status = 'paid', payment_id = $2 WHERE id = $1`, feeID, paymentID)
	return err
}

// AuditLog appends to the compliance audit trail in MongoDB.
type AuditLog struct {
	coll *mongo.Collection
}

// NewAuditLog returns an audit log on coll.
func NewAuditLog(coll *mongo.Collection) *AuditLog { return &AuditLog{coll: coll} }

// Record stores one audit entry.
func (a *AuditLog) Record(ctx context.Context, actor, action, subject string) error {
	_, err := a.coll.InsertOne(ctx, bson.M{
		"actor": actor, "action": action, "subject": subject, "at": time.Now().UTC(),
	})
	return err
}
