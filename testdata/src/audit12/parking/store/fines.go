package store

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"

	"audit12/parking/domain"
)

// Fines stores enforcement fines in MongoDB.
type Fines struct {
	coll *mongo.Collection
}

// NewFines returns a fine store on the "fines" collection of db.
func NewFines(db *mongo.Database) *Fines { return &Fines{coll: db.Collection("fines")} }

// Get loads a fine.
func (f *Fines) Get(ctx context.Context, id string) (*domain.Fine, error) {
	var fine domain.Fine
	if err := f.coll.FindOne(ctx, bson.M{"_id": id}).Decode(&fine); err != nil {
		return nil, err
	}
	return &fine, nil
}

// Insert stores a new fine.
func (f *Fines) Insert(ctx context.Context, fine domain.Fine) error {
	_, err := f.coll.InsertOne(ctx, fine)
	return err
}

// SetPaymentRequest stores the Xendit payment request of a fine.
func (f *Fines) SetPaymentRequest(ctx context.Context, id, requestID string) error {
	_, err := f.coll.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"xendit_request_id": requestID}})
	return err
}

// MarkPaid marks a fine paid.
func (f *Fines) MarkPaid(ctx context.Context, id, requestID string) error {
	_, err := f.coll.UpdateOne(ctx, bson.M{"_id": id},
		bson.M{"$set": bson.M{"status": domain.FinePaid, "xendit_request_id": requestID, "paid_at": time.Now()}})
	return err
}
