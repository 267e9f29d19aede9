package store

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"

	"audit23/solarpayg/domain"
)

// Device is a solar home system's controller as stored in Mongo.
type Device struct {
	ID        string    `bson:"_id"`
	AccountID string    `bson:"account_id"`
	Secret    []byte    `bson:"secret"`
	Counter   uint32    `bson:"counter"`
	LastSeen  time.Time `bson:"last_seen"`
	Firmware  string    `bson:"firmware"`
	Tokens    []string  `bson:"tokens"`
}

// Devices is the Mongo device registry.
type Devices struct {
	coll   *mongo.Collection
	tokens *mongo.Collection
}

// NewDevices opens the collections.
func NewDevices(db *mongo.Database) *Devices {
	return &Devices{coll: db.Collection("devices"), tokens: db.Collection("tokens")}
}

// Get loads a device.
func (d *Devices) Get(ctx context.Context, id string) (*Device, error) {
	var dev Device
	if err := d.coll.FindOne(ctx, bson.M{"_id": id}).Decode(&dev); err != nil {
		return nil, err
	}
	return &dev, nil
}

// IssueToken derives the next unlock code for days of light and stores it
// under the payment reference, so a payment yields at most one token.
func (d *Devices) IssueToken(ctx context.Context, deviceID, paymentRef string, days int) (*domain.Token, error) {
	dev, err := d.Get(ctx, deviceID)
	if err != nil {
		return nil, err
	}
	var existing struct {
		Code string `bson:"code"`
		Days int    `bson:"days"`
	}
	if err := d.tokens.FindOne(ctx, bson.M{"_id": paymentRef}).Decode(&existing); err == nil {
		return &domain.Token{DeviceID: deviceID, Code: existing.Code, Days: existing.Days}, nil
	}
	tok := domain.NewToken(deviceID, dev.Secret, dev.Counter+1, days)
	if _, err := d.tokens.InsertOne(ctx, bson.M{"_id": paymentRef, "device_id": deviceID, "code": tok.Code, "days": days, "issued_at": tok.IssuedAt}); err != nil {
		return nil, err
	}
	_, err = d.coll.UpdateOne(ctx, bson.M{"_id": deviceID}, bson.M{"$inc": bson.M{"counter": 1}, "$push": bson.M{"tokens": tok.Code}})
	return &tok, err
}

// Heartbeat reads when the device last reported over GSM.
func (d *Devices) Heartbeat(ctx context.Context, id string) (time.Time, error) {
	dev, err := d.Get(ctx, id)
	if err != nil {
		return time.Time{}, err
	}
	return dev.LastSeen, nil
}
