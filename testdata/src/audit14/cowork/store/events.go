package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// EventLog remembers provider event ids in Redis.
type EventLog struct {
	rdb *redis.Client
	ttl time.Duration
}

// NewEventLog returns an event log that keeps ids for ttl.
func NewEventLog(rdb *redis.Client, ttl time.Duration) *EventLog {
	return &EventLog{rdb: rdb, ttl: ttl}
}

// Claim records an event id and reports whether this is its first delivery.
func (l *EventLog) Claim(ctx context.Context, provider, eventID string) (bool, error) {
	return l.rdb.SetNX(ctx, "evt:"+provider+":"+eventID, 1, l.ttl).Result()
}
