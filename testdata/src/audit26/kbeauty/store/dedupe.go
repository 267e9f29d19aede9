package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// Seen remembers processed provider events for a week.
type Seen struct {
	rdb *redis.Client
}

// NewSeen wraps rdb.
func NewSeen(rdb *redis.Client) *Seen { return &Seen{rdb: rdb} }

// First reports whether id is seen for the first time.
func (s *Seen) First(ctx context.Context, scope, id string) (bool, error) {
	return s.rdb.SetNX(ctx, "evt:"+scope+":"+id, 1, 7*24*time.Hour).Result()
}
