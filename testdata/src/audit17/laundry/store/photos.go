package store

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// GarmentPhoto is a photo taken at intake, kept for damage claims.
type GarmentPhoto struct {
	OrderID  string    `bson:"order_id"`
	URL      string    `bson:"url"`
	TakenAt  time.Time `bson:"taken_at"`
	Uploaded bool      `bson:"uploaded"`
}

// Photos keeps garment photos in Mongo.
type Photos struct {
	coll *mongo.Collection
}

// NewPhotos returns Photos.
func NewPhotos(db *mongo.Database) *Photos { return &Photos{coll: db.Collection("garment_photos")} }

// Save stores one photo record.
func (p *Photos) Save(ctx context.Context, ph GarmentPhoto) error {
	_, err := p.coll.InsertOne(ctx, ph)
	return err
}

// MarkUploaded flags the photo as stored in the bucket.
func (p *Photos) MarkUploaded(ctx context.Context, orderID, url string) error {
	_, err := p.coll.UpdateOne(ctx, bson.M{"order_id": orderID, "url": url}, bson.M{"$set": bson.M{"uploaded": true}})
	return err
}
