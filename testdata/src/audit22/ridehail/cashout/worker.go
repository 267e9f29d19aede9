// Package cashout moves drivers' daily earnings to their e-wallets and
// bank accounts: a nightly run queues one task per driver, and asynq
// workers send them.
package cashout

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/hibiken/asynq"
	"github.com/xendit/xendit-go/disbursement"

	"audit22/ridehail/platform"
	"audit22/ridehail/rzp"
	"audit22/ridehail/store"
	"audit22/ridehail/xenditpay"
)

// TypeSend is the asynq task type of one cashout.
const TypeSend = "cashout:send"

// SendPayload is the task payload.
type SendPayload struct {
	CashoutID string `json:"cashout_id"`
}

// Worker sends cashouts.
type Worker struct {
	repo    *store.Repo
	xendit  *xenditpay.Client
	disb    *disbursement.Client
	payouts *rzp.PayoutsClient
	queue   *asynq.Client
	log     *slog.Logger
}

// NewWorker wires a Worker.
func NewWorker(repo *store.Repo, x *xenditpay.Client, disb *disbursement.Client, p *rzp.PayoutsClient, q *asynq.Client, log *slog.Logger) *Worker {
	return &Worker{repo: repo, xendit: x, disb: disb, payouts: p, queue: q, log: log}
}

// Register adds the worker's handlers to the asynq mux.
func (w *Worker) Register(mux *asynq.ServeMux) {
	mux.HandleFunc(TypeSend, w.handle)
}

// RunNightly queues every claimed cashout. Called by the scheduler.
func (w *Worker) RunNightly(ctx context.Context) error {
	due, err := w.repo.DueCashouts(ctx, 5000)
	if err != nil {
		return err
	}
	for _, c := range due {
		ok, err := w.repo.ClaimCashout(ctx, c.ID)
		if err != nil || !ok {
			continue
		}
		payload, _ := json.Marshal(SendPayload{CashoutID: c.ID})
		if _, err := w.queue.EnqueueContext(ctx, asynq.NewTask(TypeSend, payload), asynq.MaxRetry(8), asynq.Queue("cashout")); err != nil {
			w.log.Error("enqueue cashout", "cashout", c.ID, "err", err)
		}
	}
	return nil
}

func (w *Worker) handle(ctx context.Context, t *asynq.Task) error {
	var p SendPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	c, err := w.repo.Cashout(ctx, p.CashoutID)
	if err != nil {
		return err
	}
	if c.Status == "sent" || c.Status == "completed" {
		return nil
	}
	var ref string
	switch {
	case c.Market == "IN":
		res, err := w.payouts.Create(ctx, c.Account, c.ID, platform.Minor("INR", c.Amount)) // want "\\[idempotency\\] rzp\\.PayoutsClient\\.Create \\(POST /v1/payouts\\) is retried by asynq, which delivers"
		if err != nil {
			return err
		}
		ref = res.ID
	case isBank(c.Channel):
		ref, err = xenditpay.Disburse(ctx, w.disb, c.ID, c.Channel, c.Account, c.HolderName, c.Amount) // audit: lookalike idempotency: asynq redelivers the task but the disbursement key is "disb-"+cashout id from the payload, the same each time
		if err != nil {
			return err
		}
	default:
		ref, err = w.xendit.SendPayout(ctx, xenditpay.Payout{
			CashoutID: c.ID, Channel: c.Channel, Account: c.Account, HolderName: c.HolderName,
			Currency: c.Currency, Amount: c.Amount,
		})
		if err != nil {
			return err
		}
	}
	return w.repo.UpdateCashout(ctx, c.ID, "sent", ref)
}

func isBank(channel string) bool {
	switch channel {
	case "BCA", "MANDIRI", "BNI", "BRI":
		return true
	}
	return false
}

// Mailer sends earnings statements.
type Mailer interface {
	Send(ctx context.Context, to, subject, body string) error
}

// SendStatement mails a driver the day's statement, retrying the mail
// relay a few times; it is flaky at night.
func SendStatement(ctx context.Context, m Mailer, to string, c store.Cashout) error {
	body := fmt.Sprintf("You were paid %.2f %s today.", c.Amount, c.Currency)
	var err error
	for i := 0; i < 4; i++ {
		if err = m.Send(ctx, to, "Your daily earnings", body); err == nil {
			return nil
		}
		time.Sleep(100 * time.Millisecond) // audit: lookalike retrybackoff: a mail relay retried quickly is not a payment call
	}
	return err
}
