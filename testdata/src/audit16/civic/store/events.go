package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// EventLog keeps webhook events in mongo; event_id has a unique index.
type EventLog struct{ coll *mongo.Collection }

func NewEventLog(db *mongo.Database) *EventLog {
	return &EventLog{coll: db.Collection("webhook_events")}
}

// Record stores the event and reports false when it was stored before.
func (l *EventLog) Record(ctx context.Context, provider, id string) (bool, error) {
	_, err := l.coll.InsertOne(ctx, bson.M{"provider": provider, "event_id": id, "at": time.Now()})
	if mongo.IsDuplicateKeyError(err) {
		return false, nil
	}
	return err == nil, err
}

// Locks hands out named locks in redis.
type Locks struct{ rdb *redis.Client }

func NewLocks(rdb *redis.Client) *Locks { return &Locks{rdb: rdb} }

// Acquire takes the lock for ttl; false means someone else holds it.
func (l *Locks) Acquire(ctx context.Context, name string, ttl time.Duration) (bool, error) {
	return l.rdb.SetNX(ctx, "lock:"+name, time.Now().Unix(), ttl).Result()
}
