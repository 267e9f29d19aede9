package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// Seen remembers which provider deliveries were handled.
type Seen struct {
	rdb *redis.Client
	ttl time.Duration
}

// NewSeen builds the delivery marker store.
func NewSeen(rdb *redis.Client) *Seen { return &Seen{rdb: rdb, ttl: 14 * 24 * time.Hour} }

// First records key and reports whether this is its first delivery.
func (s *Seen) First(ctx context.Context, key string) (bool, error) {
	return s.rdb.SetNX(ctx, "seen:"+key, 1, s.ttl).Result()
}
