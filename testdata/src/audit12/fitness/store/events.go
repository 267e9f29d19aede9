package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// RedisEvents is a domain.EventLog on Redis SETNX.
type RedisEvents struct {
	rdb *redis.Client
	ttl time.Duration
}

func NewRedisEvents(rdb *redis.Client) *RedisEvents {
	return &RedisEvents{rdb: rdb, ttl: 14 * 24 * time.Hour}
}

func (e *RedisEvents) Claim(ctx context.Context, provider, eventID string) (bool, error) {
	return e.rdb.SetNX(ctx, "whk:"+provider+":"+eventID, 1, e.ttl).Result()
}
