package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/redis/go-redis/v9"
)

// Outbox is a transactional outbox table read by the workers.
type Outbox struct {
	db *sql.DB
}

// NewOutbox returns an outbox on db.
func NewOutbox(db *sql.DB) *Outbox { return &Outbox{db: db} }

// Enqueue adds a message for the workers.
func (o *Outbox) Enqueue(ctx context.Context, topic, payload string) error {
	_, err := o.db.ExecContext(ctx, `INSERT INTO outbox (topic, payload, created_at) VALUES ($1, $2, now())`, topic, payload)
	return err
}

// TileCache caches rendered map tiles of the parking zones in Redis.
type TileCache struct {
	rdb *redis.Client
	ttl time.Duration
}

// NewTileCache returns a tile cache.
func NewTileCache(rdb *redis.Client, ttl time.Duration) *TileCache {
	return &TileCache{rdb: rdb, ttl: ttl}
}

// Get returns a cached tile.
func (c *TileCache) Get(ctx context.Context, key string) (string, bool) {
	v, err := c.rdb.Get(ctx, "tile:"+key).Result()
	return v, err == nil
}

// Put stores a tile.
func (c *TileCache) Put(ctx context.Context, key, png string) error {
	return c.rdb.Set(ctx, "tile:"+key, png, c.ttl).Err()
}
