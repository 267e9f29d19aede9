package terminal

import (
	"context"
	"time"
)

// Watch follows a wire until it completes and sends a new one only after
// the bank returned the first.
func Watch(ctx context.Context, t *Treasury, body string) error {
	w, err := t.SendWire(ctx, body)
	if err != nil {
		return err
	}
	for tries := 0; tries < 200; tries++ {
		cur, err := t.WireState(ctx, w.Ref)
		if err != nil {
			return err
		}
		switch cur.State {
		case "COMPLETED":
			return nil
		case "RETURNED":
			if w, err = t.SendWire(ctx, body); err != nil {
				return err
			}
		}
		time.Sleep(gap)
	}
	return nil
}
