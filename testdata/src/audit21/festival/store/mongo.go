package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// TicketOrder is a ticket or VIP-upgrade purchase.
type TicketOrder struct {
	ID          string    `bson:"_id"`
	Email       string    `bson:"email"`
	Kind        string    `bson:"kind"` // "weekend", "day", "vip-upgrade"
	Quantity    int       `bson:"qty"`
	AmountCents int64     `bson:"amount_cents"`
	PayPalOrder string    `bson:"paypal_order"`
	Status      string    `bson:"status"` // created, paid, issued, refunded
	CreatedAt   time.Time `bson:"created_at"`
}

// Tickets keeps ticket orders in Mongo.
type Tickets struct {
	orders *mongo.Collection
}

// NewTickets makes the ticket store.
func NewTickets(db *mongo.Database) *Tickets { return &Tickets{orders: db.Collection("ticket_orders")} }

// Create stores a new order.
func (t *Tickets) Create(ctx context.Context, o *TicketOrder) error {
	_, err := t.orders.InsertOne(ctx, o)
	return err
}

// Get loads an order.
func (t *Tickets) Get(ctx context.Context, id string) (*TicketOrder, error) {
	var o TicketOrder
	if err := t.orders.FindOne(ctx, bson.M{"_id": id}).Decode(&o); err != nil {
		return nil, err
	}
	return &o, nil
}

// ByPayPalOrder loads an order by its PayPal order id.
func (t *Tickets) ByPayPalOrder(ctx context.Context, ppID string) (*TicketOrder, error) {
	var o TicketOrder
	if err := t.orders.FindOne(ctx, bson.M{"paypal_order": ppID}).Decode(&o); err != nil {
		return nil, err
	}
	return &o, nil
}

// SetPayPalOrder links the PayPal order.
func (t *Tickets) SetPayPalOrder(ctx context.Context, id, ppID string) error {
	_, err := t.orders.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"paypal_order": ppID}})
	return err
}

// SetStatus moves an order to status.
func (t *Tickets) SetStatus(ctx context.Context, id, status string) error {
	_, err := t.orders.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"status": status}})
	return err
}

// Events records provider notifications so that a repeat can be told apart.
type Events struct {
	coll *mongo.Collection
}

// NewEvents makes the event log; _id is unique.
func NewEvents(db *mongo.Database) *Events { return &Events{coll: db.Collection("provider_events")} }

// Record stores the event and reports false when it was already there.
func (e *Events) Record(ctx context.Context, provider, id string) (bool, error) {
	_, err := e.coll.InsertOne(ctx, bson.M{"_id": provider + ":" + id, "at": time.Now().UTC()})
	if mongo.IsDuplicateKeyError(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return true, nil
}

// Locks hands out short-lived keys in Redis.
type Locks struct {
	rdb *redis.Client
}

// NewLocks wraps a redis client.
func NewLocks(rdb *redis.Client) *Locks { return &Locks{rdb: rdb} }

// First reports whether key is seen for the first time within ttl.
func (l *Locks) First(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	return l.rdb.SetNX(ctx, "seen:"+key, 1, ttl).Result()
}
