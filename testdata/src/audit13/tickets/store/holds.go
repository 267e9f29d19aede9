package store

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// HoldTTL is how long seats stay reserved during checkout.
const HoldTTL = 10 * time.Minute

// Holds keeps seat reservations in Redis; they expire on their own.
type Holds struct{ rdb *redis.Client }

// NewHolds wraps a Redis client.
func NewHolds(rdb *redis.Client) *Holds { return &Holds{rdb: rdb} }

// Reserve takes a seat for a checkout token.
func (h *Holds) Reserve(ctx context.Context, eventID int64, seat, token string) (bool, error) {
	return h.rdb.SetNX(ctx, fmt.Sprintf("hold:%d:%s", eventID, seat), token, HoldTTL).Result()
}

// Owner reports which checkout holds a seat.
func (h *Holds) Owner(ctx context.Context, eventID int64, seat string) (string, error) {
	return h.rdb.Get(ctx, fmt.Sprintf("hold:%d:%s", eventID, seat)).Result()
}
