package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

type Claims struct {
	rdb *redis.Client
	ttl time.Duration
}

func NewClaims(rdb *redis.Client) *Claims { return &Claims{rdb: rdb, ttl: 72 * time.Hour} }

// Claim answers true the first time key is claimed.
func (c *Claims) Claim(ctx context.Context, key string) (bool, error) {
	return c.rdb.SetNX(ctx, "claim:"+key, 1, c.ttl).Result()
}
