package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// Vouchers keeps gift vouchers in Mongo.
type Vouchers struct {
	coll *mongo.Collection
}

func NewVouchers(db *mongo.Database) *Vouchers { return &Vouchers{coll: db.Collection("vouchers")} }

// Grant issues the voucher bought with an order.
func (v *Vouchers) Grant(ctx context.Context, orderID, code string, valueMinor int64) error {
	_, err := v.coll.InsertOne(ctx, bson.M{"order_id": orderID, "code": code, "value_minor": valueMinor, "issued_at": time.Now()})
	return err
}

// Seen remembers webhook deliveries in Redis for a day.
type Seen struct {
	rdb *redis.Client
}

func NewSeen(rdb *redis.Client) *Seen { return &Seen{rdb: rdb} }

// First reports whether id is seen for the first time.
func (s *Seen) First(ctx context.Context, id string) (bool, error) {
	return s.rdb.SetNX(ctx, "wh:"+id, 1, 24*time.Hour).Result()
}
