package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// EventLog keeps the raw provider callbacks in Mongo for support.
type EventLog struct {
	coll *mongo.Collection
}

// NewEventLog uses the "provider_events" collection.
func NewEventLog(db *mongo.Database) *EventLog {
	return &EventLog{coll: db.Collection("provider_events")}
}

// Append stores one callback body.
func (l *EventLog) Append(ctx context.Context, provider, kind string, body []byte) error {
	_, err := l.coll.InsertOne(ctx, bson.M{"provider": provider, "kind": kind, "body": string(body), "at": time.Now()})
	return err
}

// TipReceipt is the tip document shown in the driver app.
type TipReceipt struct {
	TripID   string  `bson:"trip_id"`
	DriverID string  `bson:"driver_id"`
	Amount   float64 `bson:"amount"`
	Currency string  `bson:"currency"`
	Status   string  `bson:"status"`
}

// Tips is the driver-app projection of tips.
type Tips struct {
	coll *mongo.Collection
}

// NewTips uses the "tips" collection.
func NewTips(db *mongo.Database) *Tips { return &Tips{coll: db.Collection("tips")} }

// MarkReceived stores the tip as received (idempotent: a set, not an add).
func (t *Tips) MarkReceived(ctx context.Context, tripID string, amount float64) error {
	_, err := t.coll.UpdateOne(ctx, bson.M{"trip_id": tripID},
		bson.M{"$set": bson.M{"status": "received", "amount": amount}})
	return err
}

// Get loads a tip receipt.
func (t *Tips) Get(ctx context.Context, tripID string) (*TipReceipt, error) {
	var r TipReceipt
	if err := t.coll.FindOne(ctx, bson.M{"trip_id": tripID}).Decode(&r); err != nil {
		return nil, err
	}
	return &r, nil
}

// Seen remembers provider event ids in Redis for three days.
type Seen struct {
	rdb *redis.Client
}

// NewSeen wraps a redis client.
func NewSeen(rdb *redis.Client) *Seen { return &Seen{rdb: rdb} }

// First answers true the first time an event id is offered.
func (s *Seen) First(ctx context.Context, provider, id string) (bool, error) {
	return s.rdb.SetNX(ctx, "evt:"+provider+":"+id, 1, 72*time.Hour).Result()
}
