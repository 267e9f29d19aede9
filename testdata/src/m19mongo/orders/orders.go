// Package orders keeps orders in MongoDB and maps a Midtrans transaction
// status onto the shop's own order states.
package orders

import (
	"context"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// State is the shop's order state.
type State string

// The order states.
const (
	StatePaid    State = "paid"
	StateWaiting State = "waiting"
	StateVoid    State = "void"
)

// Repo writes order documents.
type Repo struct{ db *mongo.Database }

// NewRepo returns the order repository.
func NewRepo(db *mongo.Database) *Repo { return &Repo{db: db} }

// SetState stores st on the order.
func (r *Repo) SetState(ctx context.Context, id string, st State) error {
	upd := bson.M{"$set": bson.M{"status": st}}
	_, err := r.db.Collection("orders").UpdateOne(ctx, bson.M{"_id": id}, upd)
	return err
}

// Trail records what a notification said, beside the order.
type Trail struct{ db *mongo.Database }

// NewTrail returns the trail.
func NewTrail(db *mongo.Database) *Trail { return &Trail{db: db} }

// Record stores the state a notification named in the notification log.
func (t *Trail) Record(ctx context.Context, id string, st State) error {
	_, err := t.db.Collection("notification_log").UpdateOne(ctx, bson.M{"order_id": id},
		bson.M{"$set": bson.M{"status": st}})
	return err
}

// Service maps transaction statuses onto order states.
type Service struct {
	repo  *Repo
	trail *Trail
}

// NewService returns the service.
func NewService(repo *Repo, trail *Trail) *Service { return &Service{repo: repo, trail: trail} }

func stateOf(txStatus string) State {
	switch txStatus {
	case "capture", "settlement":
		return StatePaid
	case "pending":
		return StateWaiting
	}
	return StateVoid
}

// Apply stores the order's new state.
func (s *Service) Apply(ctx context.Context, id, txStatus string) error {
	var st State
	switch txStatus {
	case "capture", "settlement":
		st = StatePaid
	case "pending":
		st = StateWaiting
	default:
		st = StateVoid
	}
	return s.repo.SetState(ctx, id, st)
}

// Note records the state only in the notification log.
func (s *Service) Note(ctx context.Context, id, txStatus string) error {
	return s.trail.Record(ctx, id, stateOf(txStatus))
}
