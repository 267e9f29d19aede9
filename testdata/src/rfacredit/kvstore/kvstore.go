// Package kvstore keeps balances and visit counts in Redis.
package kvstore

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type Balances struct{ rdb *redis.Client }

func NewBalances(rdb *redis.Client) *Balances { return &Balances{rdb: rdb} }

// Add raises the user's balance: a credit.
func (b *Balances) Add(ctx context.Context, userID string, cents int64) error {
	return b.rdb.IncrBy(ctx, "user:"+userID+":balance", cents).Err()
}

type Visits struct{ rdb *redis.Client }

func NewVisits(rdb *redis.Client) *Visits { return &Visits{rdb: rdb} }

// Bump counts a page view: a counter, not a credit.
func (v *Visits) Bump(ctx context.Context, userID string) error {
	return v.rdb.IncrBy(ctx, "stats:visits:"+userID, 1).Err()
}
