package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
	"gorm.io/gorm"

	"audit11/freight/domain"
)

// Claims remembers webhook deliveries already handled.
type Claims struct {
	rdb *redis.Client
	ttl time.Duration
}

// NewClaims returns a claim store keeping keys for ttl.
func NewClaims(rdb *redis.Client, ttl time.Duration) *Claims { return &Claims{rdb: rdb, ttl: ttl} }

// Claim returns true the first time it sees provider/eventID.
func (c *Claims) Claim(ctx context.Context, provider, eventID string) (bool, error) {
	return c.rdb.SetNX(ctx, "whk:"+provider+":"+eventID, 1, c.ttl).Result()
}

// LedgerEntry is one accounting line.
type LedgerEntry struct {
	ID          uint `gorm:"primaryKey"`
	Provider    string
	PaymentRef  string
	InvoiceID   string
	AmountCents int64
	Kind        string
	CreatedAt   time.Time
}

// Ledger writes accounting lines through GORM.
type Ledger struct {
	db *gorm.DB
}

// NewLedger returns a ledger over db.
func NewLedger(db *gorm.DB) *Ledger { return &Ledger{db: db} }

var _ domain.LedgerWriter = (*Ledger)(nil)

// RecordReceipt books money received for an invoice.
func (l *Ledger) RecordReceipt(ctx context.Context, ev domain.PaymentEvent) error {
	entry := LedgerEntry{
		Provider:    ev.Provider,
		PaymentRef:  ev.PaymentRef,
		InvoiceID:   ev.InvoiceID,
		AmountCents: ev.AmountCent,
		Kind:        "receipt",
	}
	return l.db.WithContext(ctx).Create(&entry).Error
}
