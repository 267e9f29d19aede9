package resend

import (
	"context"
	"time"
)

// Watch follows a wire until it completes; a wire still QUEUED after
// five minutes is sent again, and both can complete.
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
			w, err = t.SendWire(ctx, body) // want `new payment created inside the loop that polls payment w.Ref \(line 16\)`
			if err != nil {
				return err
			}
			sent = time.Now()
		}
		time.Sleep(gap)
	}
	return nil
}
