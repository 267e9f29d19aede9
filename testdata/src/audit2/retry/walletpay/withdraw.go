package walletpay

import (
	"context"
	"log"
	"time"

	"github.com/RichardKnop/machinery/v1/tasks"
)

// Withdrawals pays wallet balances out to bank accounts.
type Withdrawals struct {
	psp *PSP
}

// PayOut is registered as the machinery task "wallet.payout"; the id is
// the withdrawal row's id.
func (w *Withdrawals) PayOut(withdrawalID string, amount int64) error {
	t := TopUp{ID: withdrawalID, Amount: amount}
	if _, err := w.psp.charge(context.Background(), t, "withdrawal-"+withdrawalID); err != nil {
		return tasks.NewErrRetryTaskLater(err.Error(), 30*time.Second)
	}
	return nil
}

// sendWithRetry re-sends itself after a pause, up to the given depth.
func (w *Withdrawals) sendWithRetry(ctx context.Context, t TopUp, ref string, left int) error {
	_, err := w.psp.charge(ctx, t, ref) // want "\\[retrybackoff\\] walletpay.PSP.charge .POST /v2/charges. is retried by recursion in sendWithRetry .line 27. every 200ms, a fixed wait that does not grow"
	if err == nil || left == 0 {
		return err
	}
	log.Printf("withdrawal %s: %v; retrying", t.ID, err)
	time.Sleep(200 * time.Millisecond) // the recursive retry of POST /v2/charges waits a fixed 200ms between attempts, never growing (reported at the call, line 28)
	return w.sendWithRetry(ctx, t, ref, left-1)
}

// Instant is the instant-withdrawal path; the reference is from the row.
func (w *Withdrawals) Instant(ctx context.Context, t TopUp) error {
	return w.sendWithRetry(ctx, t, "instant-"+t.ID, 3)
}
