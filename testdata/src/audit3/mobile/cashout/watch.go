package cashout

import (
	"context"
	"log"
	"time"
)

// AwaitTransfer backs the "cash-out in progress" spinner in the driver app.
func (w *Worker) AwaitTransfer(ctx context.Context, ref string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	tick := time.NewTicker(time.Second) // want "\\[pollinterval\\] payment status polled every 1s"
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return "pending", nil
		case <-tick.C:
		}
		tr, err := w.ps.VerifyTransfer(ctx, ref)
		if err != nil {
			continue
		}
		switch tr.Status {
		case "success", "failed", "reversed":
			return tr.Status, nil
		}
	}
}

// WatchTransfer is started in a goroutine after an instant cash-out and
// writes the final state when Paystack has one.
func (w *Worker) WatchTransfer(ref, cashoutID string) {
	ctx := context.Background()
	for { // want "\\[pollbound\\] loop polling payment ref has no bound"
		time.Sleep(10 * time.Second)
		tr, err := w.ps.VerifyTransfer(ctx, ref)
		if err != nil {
			log.Printf("watch transfer %s: %v", ref, err)
			continue
		}
		if tr.Status == "success" || tr.Status == "failed" || tr.Status == "reversed" {
			w.db.MustExecContext(ctx, `UPDATE cashouts SET status = $1 WHERE id = $2`, tr.Status, cashoutID)
			return
		}
	}
}
