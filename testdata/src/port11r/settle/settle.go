// Package settle captures authorised orders through whichever gateway
// main wires in; it never sees the gateway's package.
package settle

import (
	"context"
	"errors"
	"time"
)

// ErrTemporary marks an answer worth another attempt.
var ErrTemporary = errors.New("temporary")

// Capturer captures an authorised payment.
type Capturer interface {
	Capture(ctx context.Context, pspRef string, amountMinor int64) error
}

// Settler captures orders; main fills its fields.
type Settler struct { // want Settler:"unpaced port retries: 1"
	Gateway Capturer
	Slow    Capturer
}

// Settle retries every temporary failure at once, for as long as it lasts.
func (s *Settler) Settle(ctx context.Context, ref string, amount int64) error {
	for {
		err := s.Gateway.Capture(ctx, ref, amount)
		if err == nil {
			return nil
		}
		if !errors.Is(err, ErrTemporary) {
			return err
		}
	}
}

// SettleSlowly backs off and caps the attempts.
func (s *Settler) SettleSlowly(ctx context.Context, ref string, amount int64) error {
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if err = s.Slow.Capture(ctx, ref, amount); err == nil || !errors.Is(err, ErrTemporary) {
			return err
		}
		time.Sleep(time.Duration(1<<attempt) * 2 * time.Second)
	}
	return err
}
