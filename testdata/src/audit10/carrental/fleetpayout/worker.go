package fleetpayout

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"audit10/carrental/platform"
)

// Statement is a partner's monthly revenue share.
type Statement struct {
	ID             string
	PartnerAccount string
	AmountCents    int64
	Currency       string
}

// StatementStore persists statements.
type StatementStore interface {
	Unpaid(ctx context.Context) ([]Statement, error)
	MarkPaid(ctx context.Context, statementID, payoutID string) error
	MarkFailed(ctx context.Context, statementID, reason string) error
}

// Worker pays unpaid partner statements.
type Worker struct {
	api   *Client
	store StatementStore
	log   *slog.Logger
}

// NewWorker returns a Worker.
func NewWorker(api *Client, store StatementStore, log *slog.Logger) *Worker {
	return &Worker{api: api, store: store, log: log}
}

// RunOnce pays every unpaid statement.
func (w *Worker) RunOnce(ctx context.Context) error {
	sts, err := w.store.Unpaid(ctx)
	if err != nil {
		return err
	}
	for _, st := range sts {
		if err := w.pay(ctx, st); err != nil {
			w.log.Error("partner payout", "statement", st.ID, "err", err)
		}
	}
	return nil
}

func (w *Worker) pay(ctx context.Context, st Statement) error {
	req := PayoutRequest{
		PartnerAccount: st.PartnerAccount,
		AmountCents:    st.AmountCents,
		Currency:       st.Currency,
		Reference:      "stmt-" + st.ID,
	}
	for attempt := 1; attempt <= 3; attempt++ {
		po, err := w.api.CreatePayout(ctx, req) // want "\\[idempotency\\] fleetpayout.Client.CreatePayout \\(POST /v2/payouts\\) is retried by a for loop" "\\[pollcreate\\] payment fleetpayout.Client.CreatePayout \\(POST /v2/payouts\\) made again on every pass of the loop \\(line 60\\) after platform.PollUntil \\(line 65\\) stops waiting"
		if err != nil {
			return err
		}
		final, done, err := platform.PollUntil(ctx, 5*time.Second, 2*time.Minute,
			func(ctx context.Context) (*Payout, error) { return w.api.GetPayout(ctx, po.ID) },
			func(p *Payout) bool { return p.Status == "paid" || p.Status == "failed" || p.Status == "returned" })
		if err != nil {
			return err
		}
		if done && final.Status == "paid" {
			return w.store.MarkPaid(ctx, st.ID, po.ID)
		}
		w.log.Warn("payout not paid, sending again", "statement", st.ID, "payout", po.ID, "done", done)
	}
	return w.store.MarkFailed(ctx, st.ID, fmt.Sprintf("payout not paid after %d attempts", 3))
}
