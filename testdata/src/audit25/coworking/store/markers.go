package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// Markers remembers which deliveries and jobs were already handled.
type Markers struct {
	rdb *redis.Client
	ttl time.Duration
}

func NewMarkers(rdb *redis.Client) *Markers { return &Markers{rdb: rdb, ttl: 72 * time.Hour} }

// First reports whether key is seen for the first time.
func (m *Markers) First(ctx context.Context, key string) (bool, error) {
	return m.rdb.SetNX(ctx, "seen:"+key, time.Now().Unix(), m.ttl).Result()
}
