// Package store: a gym's documents in MongoDB behind one generic
// repository per document type.
package store

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
)

// Membership is a member's paid plan, one document per Stripe
// subscription.
type Membership struct {
	ID                 string    `bson:"_id,omitempty"`
	StripeSubscription string    `bson:"stripe_subscription"`
	MemberID           string    `bson:"member_id"`
	Plan               string    `bson:"plan"`
	Status             string    `bson:"status"`
	RenewsAt           time.Time `bson:"renews_at"`
}

// AuditEntry records what the back office did.
type AuditEntry struct {
	Actor  string    `bson:"actor"`
	Action string    `bson:"action"`
	At     time.Time `bson:"at"`
}

// Repo keeps documents of one type in one collection.
type Repo[D any] struct {
	coll *mongo.Collection
}

func NewRepo[D any](db *mongo.Database, name string) *Repo[D] {
	return &Repo[D]{coll: db.Collection(name)}
}

// Add inserts doc as a new document.
func (r *Repo[D]) Add(ctx context.Context, doc *D) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	_, err := r.coll.InsertOne(ctx, doc)
	return err
}
