package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// Seen remembers notification ids in Redis for a week.
type Seen struct {
	rdb *redis.Client
	ttl time.Duration
}

func NewSeen(rdb *redis.Client) *Seen { return &Seen{rdb: rdb, ttl: 7 * 24 * time.Hour} }

// First reports whether this is the first time id was seen.
func (s *Seen) First(ctx context.Context, scope, id string) (bool, error) {
	return s.rdb.SetNX(ctx, "seen:"+scope+":"+id, time.Now().Unix(), s.ttl).Result()
}
