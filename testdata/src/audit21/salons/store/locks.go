package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// Locks keeps the cron passes single-run across replicas.
type Locks struct {
	RDB *redis.Client
}

// Try takes the named lock for ttl; false when another replica holds it.
func (l Locks) Try(ctx context.Context, name string, ttl time.Duration) bool {
	ok, err := l.RDB.SetNX(ctx, "lock:"+name, time.Now().Unix(), ttl).Result()
	return err == nil && ok
}
