package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// Tips is the live tips collection.
type Tips struct{ c *mongo.Collection }

// NewTips wraps the collection.
func NewTips(db *mongo.Database) *Tips { return &Tips{c: db.Collection("tips")} }

// Insert stores a new tip.
func (t *Tips) Insert(ctx context.Context, tip *Tip) error {
	_, err := t.c.InsertOne(ctx, tip)
	return err
}

// Get loads a tip.
func (t *Tips) Get(ctx context.Context, id string) (*Tip, error) {
	var tip Tip
	if err := t.c.FindOne(ctx, bson.M{"_id": id}).Decode(&tip); err != nil {
		return nil, err
	}
	return &tip, nil
}

// SetIntent records the PaymentIntent that charges the tip.
func (t *Tips) SetIntent(ctx context.Context, id, intentID string) error {
	_, err := t.c.UpdateByID(ctx, id, bson.M{"$set": bson.M{"payment_intent_id": intentID}})
	return err
}

// MarkPaid sets the tip paid so the overlay shows it.
func (t *Tips) MarkPaid(ctx context.Context, id string) error {
	_, err := t.c.UpdateByID(ctx, id, bson.M{"$set": bson.M{"status": "paid", "paid_at": time.Now()}})
	return err
}

// MarkPaidByIntent is MarkPaid keyed by the PaymentIntent.
func (t *Tips) MarkPaidByIntent(ctx context.Context, intentID string) (*Tip, error) {
	var tip Tip
	err := t.c.FindOneAndUpdate(ctx,
		bson.M{"payment_intent_id": intentID},
		bson.M{"$set": bson.M{"status": "paid", "paid_at": time.Now()}}).Decode(&tip)
	if err != nil {
		return nil, err
	}
	return &tip, nil
}

// Receipts remembers which webhook deliveries were handled.
type Receipts struct{ c *mongo.Collection }

// NewReceipts wraps the collection (unique index on provider+event_id).
func NewReceipts(db *mongo.Database) *Receipts {
	return &Receipts{c: db.Collection("webhook_receipts")}
}

// Claim records a delivery; it answers false when the event was seen.
func (r *Receipts) Claim(ctx context.Context, provider, eventID string) (bool, error) {
	_, err := r.c.InsertOne(ctx, bson.M{"provider": provider, "event_id": eventID, "at": time.Now()})
	if mongo.IsDuplicateKeyError(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return true, nil
}

// Dedupe is a Redis set-once key store.
type Dedupe struct {
	rdb *redis.Client
	ttl time.Duration
}

// NewDedupe builds a Dedupe with a retention window.
func NewDedupe(rdb *redis.Client, ttl time.Duration) *Dedupe { return &Dedupe{rdb: rdb, ttl: ttl} }

// First answers true the first time key is seen within the window.
func (d *Dedupe) First(ctx context.Context, key string) (bool, error) {
	return d.rdb.SetNX(ctx, "dedupe:"+key, 1, d.ttl).Result()
}
