// Package wallet stores player gem balances (redis) and purchases (SQL,
// gorm). It implements the shop's and the webhooks' interfaces.
package wallet

import (
	"context"
	"errors"
	"time"

	"github.com/redis/go-redis/v9"
)

// ErrDuplicate is returned when a ref was already credited.
var ErrDuplicate = errors.New("wallet: ref already credited")

// RedisWallet keeps balances in the player hash.
type RedisWallet struct {
	rdb *redis.Client
}

// NewRedisWallet wires the wallet.
func NewRedisWallet(rdb *redis.Client) *RedisWallet { return &RedisWallet{rdb: rdb} }

// CreditGems adds gems once per ref (a claim key guards the increment).
func (w *RedisWallet) CreditGems(ctx context.Context, playerID string, gems int64, ref string) error {
	ok, err := w.rdb.SetNX(ctx, "wallet:ref:"+ref, playerID, 90*24*time.Hour).Result()
	if err != nil {
		return err
	}
	if !ok {
		return ErrDuplicate
	}
	return w.rdb.HIncrBy(ctx, "player:"+playerID, "gems", gems).Err()
}

// Balance reads the gem balance.
func (w *RedisWallet) Balance(ctx context.Context, playerID string) (string, error) {
	return w.rdb.HGet(ctx, "player:"+playerID, "gems").Result()
}
