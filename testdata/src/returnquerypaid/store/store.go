// Package store keeps a courier's label orders, a venue's bookings, a
// stream's tips and its parcels' shipments.
package store

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"gorm.io/gorm"
)

// LabelOrder is a batch of prepaid shipping labels.
type LabelOrder struct {
	ID       string
	Quantity int
	Status   string // pending, issued, cancelled
	IssuedAt *time.Time
}

// LabelOrders stores label orders.
type LabelOrders struct{ db *gorm.DB }

func NewLabelOrders(db *gorm.DB) *LabelOrders { return &LabelOrders{db: db} }

// Issue generates the order's labels: the order becomes "issued".
func (s *LabelOrders) Issue(ctx context.Context, id string) error {
	now := time.Now()
	return s.db.WithContext(ctx).Model(&LabelOrder{}).Where("id = ?", id).
		Updates(map[string]any{"status": "issued", "issued_at": &now}).Error
}

// Cancel cancels an order nobody paid.
func (s *LabelOrders) Cancel(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&LabelOrder{}).Where("id = ?", id).Update("status", "cancelled").Error
}

// Booking is a court booking.
type Booking struct {
	ID    string
	State string // held, booked, released
}

// Bookings stores bookings.
type Bookings struct{ db *gorm.DB }

func NewBookings(db *gorm.DB) *Bookings { return &Bookings{db: db} }

// Confirm books the court for good.
func (s *Bookings) Confirm(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&Booking{}).Where("id = ?", id).Update("state", "booked").Error
}

// Tip is a fan's tip during a live stream.
type Tip struct {
	ID              string `bson:"_id"`
	StreamID        string `bson:"stream_id"`
	PaymentIntentID string `bson:"payment_intent_id"`
	Status          string `bson:"status"`
}

// Tips is the tips collection.
type Tips struct{ c *mongo.Collection }

func NewTips(db *mongo.Database) *Tips { return &Tips{c: db.Collection("tips")} }

// SettleByIntent stores the tip paid, found by its PaymentIntent.
func (t *Tips) SettleByIntent(ctx context.Context, intentID string) (*Tip, error) {
	var tip Tip
	err := t.c.FindOneAndUpdate(ctx,
		bson.M{"payment_intent_id": intentID},
		bson.M{"$set": bson.M{"status": "paid", "paid_at": time.Now()}}).Decode(&tip)
	if err != nil {
		return nil, err
	}
	return &tip, nil
}

// Get loads a tip.
func (t *Tips) Get(ctx context.Context, id string) (*Tip, error) {
	var tip Tip
	if err := t.c.FindOne(ctx, bson.M{"_id": id}).Decode(&tip); err != nil {
		return nil, err
	}
	return &tip, nil
}

// Shipment is a parcel on its way.
type Shipment struct {
	ID     string
	Status string // in_transit, delivered, closed
}

// Shipments stores shipments.
type Shipments struct{ db *gorm.DB }

func NewShipments(db *gorm.DB) *Shipments { return &Shipments{db: db} }

// Close closes a delivered shipment's claim.
func (s *Shipments) Close(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&Shipment{}).Where("id = ?", id).Update("status", "closed").Error
}

// CoachFee is a coaching session's fee.
type CoachFee struct {
	ID     string
	Status string // due, paid
	PaidAt *time.Time
}

// CoachFees stores coaching fees.
type CoachFees struct{ db *gorm.DB }

func NewCoachFees(db *gorm.DB) *CoachFees { return &CoachFees{db: db} }

// Settle stores the fee paid.
func (s *CoachFees) Settle(ctx context.Context, id string) error {
	now := time.Now()
	return s.db.WithContext(ctx).Model(&CoachFee{}).Where("id = ?", id).
		Updates(map[string]any{"status": "paid", "paid_at": &now}).Error
}

// PaymentEvents records what the pages and hooks saw, for support.
type PaymentEvents struct{ c *mongo.Collection }

func NewPaymentEvents(db *mongo.Database) *PaymentEvents {
	return &PaymentEvents{c: db.Collection("payment_events")}
}

// Note records that the buyer came back saying paid.
func (e *PaymentEvents) Note(ctx context.Context, intentID string) error {
	_, err := e.c.UpdateOne(ctx, bson.M{"payment_intent_id": intentID},
		bson.M{"$set": bson.M{"status": "paid", "seen_at": time.Now()}})
	return err
}
