package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// Deliveries remembers webhook deliveries already handled.
type Deliveries struct {
	rdb *redis.Client
	ttl time.Duration
}

func NewDeliveries(rdb *redis.Client) *Deliveries {
	return &Deliveries{rdb: rdb, ttl: 7 * 24 * time.Hour}
}

// First reports whether this is the first time id is seen.
func (d *Deliveries) First(ctx context.Context, provider, id string) (bool, error) {
	return d.rdb.SetNX(ctx, "hook:"+provider+":"+id, 1, d.ttl).Result()
}
