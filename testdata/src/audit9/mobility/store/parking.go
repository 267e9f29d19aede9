package store

import (
	"context"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"

	"audit9/mobility/domain"
)

// Parking keeps parking sessions in MongoDB.
type Parking struct {
	coll *mongo.Collection
}

// NewParking returns a parking store on the sessions collection.
func NewParking(db *mongo.Database) *Parking {
	return &Parking{coll: db.Collection("parking_sessions")}
}

func (p *Parking) Get(ctx context.Context, id string) (*domain.ParkingSession, error) {
	var s domain.ParkingSession
	if err := p.coll.FindOne(ctx, bson.M{"_id": id}).Decode(&s); err != nil {
		return nil, err
	}
	return &s, nil
}

func (p *Parking) SetProviderRef(ctx context.Context, id, ref string) error {
	_, err := p.coll.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"provider_ref": ref, "status": domain.ParkingPending}})
	return err
}

func (p *Parking) MarkPaid(ctx context.Context, id string) error {
	_, err := p.coll.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"status": domain.ParkingPaid}})
	return err
}

func (p *Parking) MarkRejected(ctx context.Context, id string) error {
	_, err := p.coll.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"status": domain.ParkingRejected}})
	return err
}
