package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
	"gorm.io/gorm"
)

// WebhookEvent is one provider delivery we have processed.
type WebhookEvent struct {
	ID         string `gorm:"primaryKey"`
	Provider   string
	Type       string
	ReceivedAt time.Time
}

// Events remembers processed provider events.
type Events struct {
	db  *gorm.DB
	rdb *redis.Client
}

// NewEvents returns an Events store.
func NewEvents(db *gorm.DB, rdb *redis.Client) *Events { return &Events{db: db, rdb: rdb} }

// Record inserts the event; it returns false when the event was seen before.
func (e *Events) Record(ctx context.Context, provider, id, typ string) (bool, error) {
	res := e.db.WithContext(ctx).Exec(`INSERT INTO webhook_events (id, provider, type, received_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		provider+":"+id, provider, typ, time.Now())
	if res.Error != nil {
		return false, res.Error
	}
	return res.RowsAffected == 1, nil
}

// FirstDelivery claims a short-lived marker in Redis.
func (e *Events) FirstDelivery(ctx context.Context, key string) (bool, error) {
	return e.rdb.SetNX(ctx, "wh:"+key, 1, 72*time.Hour).Result()
}
