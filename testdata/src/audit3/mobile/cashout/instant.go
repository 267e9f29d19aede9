package cashout

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

// InstantCashOut is the "Cash out now" button in the driver app. The
// reference is the cash-out row id, so a replay cannot pay twice.
func (w *Worker) InstantCashOut(ctx context.Context, co CashOut) error {
	ref := "co_" + co.ID
	for attempt := 0; attempt < 4; attempt++ {
		tr, status, err := w.ps.Transfer(ctx, co.RecipientCode, co.AmountKobo, ref)
		if err == nil && status == http.StatusOK {
			w.db.MustExecContext(ctx, `UPDATE cashouts SET status = $1 WHERE id = $2`, tr.Status, co.ID)
			return nil
		}
		if status != http.StatusOK { // want "\\[retrystatus\\] paystack.Client.Transfer \\(POST /transfer\\) is retried by a for loop"
			time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
			continue
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("cash-out %s failed after retries", co.ID)
}

// RetryFailedCashOut is run by support staff. Only a 5xx or a rate limit
// is tried again; "insufficient balance" (400) goes back to the queue.
func (w *Worker) RetryFailedCashOut(ctx context.Context, co CashOut) error {
	ref := "co_" + co.ID
	delay := 2 * time.Second
	for attempt := 0; attempt < 4; attempt++ {
		tr, status, err := w.ps.Transfer(ctx, co.RecipientCode, co.AmountKobo, ref)
		switch {
		case err != nil, status >= 500, status == http.StatusTooManyRequests:
			time.Sleep(delay)
			delay *= 2
			continue
		case status >= 400:
			return fmt.Errorf("cash-out %s rejected: HTTP %d", co.ID, status)
		}
		w.db.MustExecContext(ctx, `UPDATE cashouts SET status = $1 WHERE id = $2`, tr.Status, co.ID)
		return nil
	}
	return fmt.Errorf("cash-out %s: provider unavailable", co.ID)
}
