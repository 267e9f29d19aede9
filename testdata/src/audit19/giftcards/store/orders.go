// Package store implements the persistence ports on bun, database/sql,
// mongo and redis.
package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/uptrace/bun"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"

	"audit19/giftcards/domain"
)

// Orders is the order store: reads through database/sql, writes through bun.
type Orders struct {
	db  *sql.DB
	bun *bun.DB
}

// NewOrders builds the order store.
func NewOrders(db *sql.DB, b *bun.DB) *Orders { return &Orders{db: db, bun: b} }

func (s *Orders) Get(ctx context.Context, id string) (*domain.Order, error) {
	var o domain.Order
	err := s.db.QueryRowContext(ctx,
		`SELECT id, email, amount_minor, currency, quantity, design_id, provider, provider_ref, status, created_at
		   FROM giftcard_orders WHERE id = $1`, id).
		Scan(&o.ID, &o.Email, &o.AmountMinor, &o.Currency, &o.Quantity, &o.DesignID, &o.Provider, &o.ProviderRef, &o.Status, &o.CreatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.ErrNotFound
	}
	return &o, err
}

func (s *Orders) SetProviderRef(ctx context.Context, id, ref string) error {
	_, err := s.bun.NewUpdate().Table("giftcard_orders").
		Set("provider_ref = ?", ref).Where("id = ?", id).Exec(ctx)
	return err
}

func (s *Orders) MarkPaid(ctx context.Context, id string) error {
	_, err := s.bun.NewUpdate().Table("giftcard_orders").
		Set("status = ?", domain.OrderPaid).
		Where("id = ? AND status = ?", id, domain.OrderPending).Exec(ctx)
	return err
}

func (s *Orders) TransitionIssued(ctx context.Context, id string) (bool, error) {
	res, err := s.bun.NewUpdate().Table("giftcard_orders").
		Set("status = ?", domain.OrderIssued).
		Where("id = ? AND status = ?", id, domain.OrderPaid).Exec(ctx)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// ByProviderRef finds the order a provider reference belongs to.
func (s *Orders) ByProviderRef(ctx context.Context, ref string) (*domain.Order, error) {
	var id string
	if err := s.db.QueryRowContext(ctx, `SELECT id FROM giftcard_orders WHERE provider_ref = $1`, ref).Scan(&id); err != nil {
		return nil, err
	}
	return s.Get(ctx, id)
}

// Corporate is the corporate-client ledger on database/sql.
type Corporate struct{ db *sql.DB }

// NewCorporate builds the corporate store.
func NewCorporate(db *sql.DB) *Corporate { return &Corporate{db: db} }

// UnfundedBatches lists voucher batches whose invoice transfer is not funded yet.
func (c *Corporate) UnfundedBatches(ctx context.Context, limit int) ([]domain.VoucherBatch, error) {
	rows, err := c.db.QueryContext(ctx,
		`SELECT id, client_id, invoice_no, amount_minor, currency, transfer_id FROM voucher_batches
		  WHERE funded = false ORDER BY created_at LIMIT $1`, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.VoucherBatch
	for rows.Next() {
		var b domain.VoucherBatch
		if err := rows.Scan(&b.ID, &b.ClientID, &b.InvoiceNo, &b.AmountMinor, &b.Currency, &b.TransferID); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// MarkFunded records the transfer that funded a batch.
func (c *Corporate) MarkFunded(ctx context.Context, batchID string, transferID int64) error {
	_, err := c.db.ExecContext(ctx,
		`UPDATE voucher_batches SET funded = true, transfer_id = $2 WHERE id = $1`, batchID, transferID)
	return err
}

// CreditAccount adds a settled invoice amount to a client's voucher balance.
func (c *Corporate) CreditAccount(ctx context.Context, clientID string, amountMinor int64) error {
	_, err := c.db.ExecContext(ctx,
		`UPDATE corporate_accounts SET balance = balance + $1 WHERE client_id = $2`, amountMinor, clientID)
	return err
}

// Events records processed provider notifications in mongo.
type Events struct{ coll *mongo.Collection }

// NewEvents builds the event log; the collection has a unique index on _id.
func NewEvents(db *mongo.Database) *Events { return &Events{coll: db.Collection("provider_events")} }

// Record inserts the event; it reports false when the event was seen before.
func (e *Events) Record(ctx context.Context, provider, eventID string) (bool, error) {
	_, err := e.coll.InsertOne(ctx, bson.M{"_id": provider + ":" + eventID, "at": time.Now()})
	if mongo.IsDuplicateKeyError(err) {
		return false, nil
	}
	return err == nil, err
}

// Claims is a short-lived redis claim on a notification id.
type Claims struct{ rdb *redis.Client }

// NewClaims builds the claim store.
func NewClaims(rdb *redis.Client) *Claims { return &Claims{rdb: rdb} }

// Claim takes the id for 72 hours; false means another delivery took it.
func (c *Claims) Claim(ctx context.Context, id string) (bool, error) {
	return c.rdb.SetNX(ctx, "whclaim:"+id, 1, 72*time.Hour).Result()
}

// PendingByProvider lists pending orders of one provider older than age.
func (s *Orders) PendingByProvider(ctx context.Context, p domain.Provider, age time.Duration) ([]domain.Order, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT id, email, provider_ref FROM giftcard_orders
		  WHERE provider = $1 AND status = 'pending' AND created_at < $2`, p, time.Now().Add(-age))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Order
	for rows.Next() {
		var o domain.Order
		if err := rows.Scan(&o.ID, &o.Email, &o.ProviderRef); err != nil {
			return nil, err
		}
		o.Provider = p
		out = append(out, o)
	}
	return out, rows.Err()
}
