package workorders

import (
	"context"
	"time"
)

// Watch follows a work order; one still QUEUED after
// five minutes is opened again.
func Watch(ctx context.Context, t *Treasury, body string) error {
	w, err := t.SendWire(ctx, body)
	if err != nil {
		return err
	}
	sent := time.Now()
	for tries := 0; tries < 200; tries++ {
		cur, err := t.WireState(ctx, w.Ref)
		if err != nil {
			return err
		}
		if cur.State == "COMPLETED" || cur.State == "RETURNED" {
			return nil
		}
		if cur.State == "QUEUED" && time.Since(sent) > 5*time.Minute {
			w, err = t.SendWire(ctx, body)
			if err != nil {
				return err
			}
			sent = time.Now()
		}
		time.Sleep(gap)
	}
	return nil
}
