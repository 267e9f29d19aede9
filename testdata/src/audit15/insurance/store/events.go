package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// EventLog keeps every webhook event once (unique index on provider+event_id).
type EventLog struct {
	coll *mongo.Collection
}

func NewEventLog(db *mongo.Database) *EventLog {
	return &EventLog{coll: db.Collection("webhook_events")}
}

// Record stores the event; first is false when it was already stored.
func (l *EventLog) Record(ctx context.Context, provider, eventID, status string) (first bool, err error) {
	_, err = l.coll.InsertOne(ctx, bson.M{
		"provider": provider, "event_id": eventID, "status": status, "received_at": time.Now(),
	})
	if mongo.IsDuplicateKeyError(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return true, nil
}

// Seen is a short-lived redis marker for notifications.
type Seen struct {
	rdb *redis.Client
	ttl time.Duration
}

func NewSeen(rdb *redis.Client) *Seen { return &Seen{rdb: rdb, ttl: 72 * time.Hour} }

// FirstTime reports whether key was not marked before, and marks it.
func (s *Seen) FirstTime(ctx context.Context, key string) (bool, error) {
	return s.rdb.SetNX(ctx, "seen:"+key, 1, s.ttl).Result()
}

// Rates caches FX rates for premium quotes.
type Rates struct {
	rdb *redis.Client
}

func NewRates(rdb *redis.Client) *Rates { return &Rates{rdb: rdb} }

func (r *Rates) Warm(ctx context.Context, rates map[string]float64) error {
	for ccy, v := range rates {
		if err := r.rdb.Set(ctx, "fx:"+ccy, v, time.Hour).Err(); err != nil {
			return err
		}
	}
	return nil
}
