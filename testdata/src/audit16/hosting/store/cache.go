package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// Cache is a thin Redis wrapper for claims and cached lookups.
type Cache struct {
	rdb *redis.Client
}

func NewCache(rdb *redis.Client) *Cache { return &Cache{rdb: rdb} }

// Claim returns true the first time key is claimed within ttl.
func (c *Cache) Claim(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	return c.rdb.SetNX(ctx, "claim:"+key, 1, ttl).Result()
}

// RememberHostname caches the hostname picked for a server.
func (c *Cache) RememberHostname(ctx context.Context, serverID, host string) error {
	return c.rdb.Set(ctx, "host:"+serverID, host, 24*time.Hour).Err()
}

// Enqueue records a job for the background workers.
func (c *Cache) Enqueue(ctx context.Context, kind, ref string) error {
	return c.rdb.HSet(ctx, "queue:"+kind, ref, time.Now().Unix()).Err()
}
