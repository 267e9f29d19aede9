// Package inbox admits each provider notification once, in Redis. // want package:"handler model"
package inbox

import (
	"context"
	"errors"
	"time"

	"github.com/redis/go-redis/v9"
)

// ErrRepeat: the notification was admitted before.
var ErrRepeat = errors.New("inbox: notification admitted before")

// Inbox admits notifications by id.
type Inbox struct{ rdb *redis.Client }

// New returns an inbox on rdb.
func New(rdb *redis.Client) *Inbox { return &Inbox{rdb: rdb} }

// Admit sets the notification's key only if absent; a repeat gets ErrRepeat.
func (i *Inbox) Admit(ctx context.Context, id string) error { // want Admit:"duplicate guard helper"
	fresh, err := i.rdb.SetNX(ctx, "psp:notification:"+id, 1, 48*time.Hour).Result()
	if err != nil {
		return err
	}
	if !fresh {
		return ErrRepeat
	}
	return nil
}

// Ping answers the store's health, nothing about any notification.
func (i *Inbox) Ping(ctx context.Context) error {
	if _, err := i.rdb.SetNX(ctx, "psp:health", 1, time.Second).Result(); err != nil {
		return errors.New("inbox: redis down")
	}
	return nil
}
