package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// Deliveries remembers webhook deliveries already handled, in Redis.
type Deliveries struct {
	rdb *redis.Client
	ttl time.Duration
}

// NewDeliveries returns a Redis-backed delivery log.
func NewDeliveries(rdb *redis.Client) *Deliveries {
	return &Deliveries{rdb: rdb, ttl: 7 * 24 * time.Hour}
}

// FirstTime reports whether the delivery id is seen for the first time.
func (d *Deliveries) FirstTime(ctx context.Context, provider, id string) (bool, error) {
	return d.rdb.SetNX(ctx, "wh:"+provider+":"+id, 1, d.ttl).Result()
}

// Notifications stores provider notifications for the ops dashboard.
type Notifications struct {
	coll *mongo.Collection
}

// NewNotifications returns the mongo-backed notification log.
func NewNotifications(db *mongo.Database) *Notifications {
	return &Notifications{coll: db.Collection("provider_notifications")}
}

// Record inserts a notification; it reports false when it was stored before
// (the collection has a unique index on provider+kind+ts).
func (n *Notifications) Record(ctx context.Context, provider, kind string, ts time.Time) (bool, error) {
	_, err := n.coll.InsertOne(ctx, bson.M{"provider": provider, "kind": kind, "ts": ts})
	if mongo.IsDuplicateKeyError(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return true, nil
}
