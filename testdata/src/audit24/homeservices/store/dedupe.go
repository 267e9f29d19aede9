package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// Seen remembers webhook deliveries in redis for a week.
type Seen struct {
	rdb *redis.Client
	ttl time.Duration
}

func NewSeen(rdb *redis.Client) *Seen { return &Seen{rdb: rdb, ttl: 7 * 24 * time.Hour} }

// First reports whether this is the first time key was seen.
func (s *Seen) First(ctx context.Context, key string) (bool, error) {
	return s.rdb.SetNX(ctx, "hook:"+key, 1, s.ttl).Result()
}

// Forget drops a key so a failed delivery can be processed again.
func (s *Seen) Forget(ctx context.Context, key string) error {
	return s.rdb.Del(ctx, "hook:"+key).Err()
}
