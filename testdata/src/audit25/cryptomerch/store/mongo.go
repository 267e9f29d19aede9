package store

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// Events records provider deliveries already handled (unique index on _id).
type Events struct {
	coll *mongo.Collection
}

// NewEvents returns the event log.
func NewEvents(db *mongo.Database) *Events { return &Events{coll: db.Collection("webhook_events")} }

// Record stores the delivery; false when it was stored before.
func (e *Events) Record(ctx context.Context, provider, id string) (bool, error) {
	_, err := e.coll.InsertOne(ctx, bson.M{"_id": provider + ":" + id, "at": time.Now()})
	if mongo.IsDuplicateKeyError(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return true, nil
}

// Loyalty holds buyers' point balances.
type Loyalty struct {
	coll *mongo.Collection
}

// NewLoyalty returns the balance store.
func NewLoyalty(db *mongo.Database) *Loyalty { return &Loyalty{coll: db.Collection("loyalty")} }

// Credit adds points to a buyer's balance.
func (l *Loyalty) Credit(ctx context.Context, buyerID string, points int64) error {
	_, err := l.coll.UpdateOne(ctx, bson.M{"_id": buyerID}, bson.M{"$inc": bson.M{"points": points}})
	return err
}

// Topup is a Lightning top-up of the loyalty wallet.
type Topup struct {
	ID      string `bson:"_id"`
	BuyerID string `bson:"buyer_id"`
	RHash   string `bson:"r_hash"`
	Sats    int64  `bson:"sats"`
	State   string `bson:"state"`
}

// Topups stores Lightning top-ups.
type Topups struct {
	coll *mongo.Collection
}

// NewTopups returns the store.
func NewTopups(db *mongo.Database) *Topups { return &Topups{coll: db.Collection("topups")} }

// Save stores a new top-up.
func (t *Topups) Save(ctx context.Context, tp Topup) error {
	_, err := t.coll.InsertOne(ctx, tp)
	return err
}

// Settle flips an open top-up to settled; false when it was settled already.
func (t *Topups) Settle(ctx context.Context, rHash string) (bool, error) {
	res, err := t.coll.UpdateOne(ctx,
		bson.M{"r_hash": rHash, "state": "open"},
		bson.M{"$set": bson.M{"state": "settled"}})
	if err != nil {
		return false, err
	}
	return res.ModifiedCount == 1, nil
}

// ByHash loads a top-up by its payment hash.
func (t *Topups) ByHash(ctx context.Context, rHash string) (*Topup, error) {
	var tp Topup
	if err := t.coll.FindOne(ctx, bson.M{"r_hash": rHash}).Decode(&tp); err != nil {
		return nil, err
	}
	return &tp, nil
}
