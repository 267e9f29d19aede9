package store

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"

	"audit26/gymchain/domain"
)

type DayPasses struct {
	coll *mongo.Collection
}

func NewDayPasses(db *mongo.Database) *DayPasses {
	return &DayPasses{coll: db.Collection("day_passes")}
}

func (s *DayPasses) Insert(ctx context.Context, p domain.DayPass) error {
	_, err := s.coll.InsertOne(ctx, p)
	return err
}

func (s *DayPasses) Get(ctx context.Context, id string) (domain.DayPass, error) {
	var p domain.DayPass
	err := s.coll.FindOne(ctx, bson.M{"_id": id}).Decode(&p)
	return p, err
}

func (s *DayPasses) SetCharge(ctx context.Context, id, provider, ref string) error {
	_, err := s.coll.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"provider": provider, "charge_ref": ref}})
	return err
}

// Issue marks the pass paid; the door turnstile lets the document in today.
func (s *DayPasses) Issue(ctx context.Context, id string) error {
	_, err := s.coll.UpdateOne(ctx, bson.M{"_id": id},
		bson.M{"$set": bson.M{"status": "paid", "valid_on": time.Now().Truncate(24 * time.Hour)}})
	return err
}

func (s *DayPasses) SetStatus(ctx context.Context, id, status string) error {
	_, err := s.coll.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"status": status}})
	return err
}
