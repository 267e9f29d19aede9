package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// Seen remembers which deliveries were handled, in Redis.
type Seen struct {
	rdb *redis.Client
	ttl time.Duration
}

// NewSeen uses rdb with a 7 day window.
func NewSeen(rdb *redis.Client) *Seen { return &Seen{rdb: rdb, ttl: 7 * 24 * time.Hour} }

// First reports whether key is seen for the first time.
func (s *Seen) First(ctx context.Context, key string) (bool, error) {
	return s.rdb.SetNX(ctx, "seen:"+key, 1, s.ttl).Result()
}
