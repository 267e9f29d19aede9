package billing

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/hibiken/asynq"

	"audit26/gymchain/dlocal"
	"audit26/gymchain/domain"
	"audit26/gymchain/platform"
	"audit26/gymchain/store"
)

const TaskFranchisePayout = "franchise:payout"

// Payouts sends each franchise owner its monthly share.
type Payouts struct {
	dl        *dlocal.Client
	ledger    *store.Ledger
	queue     *asynq.Client
	notifyURL string
}

func NewPayouts(dl *dlocal.Client, ledger *store.Ledger, queue *asynq.Client, notifyURL string) *Payouts {
	return &Payouts{dl: dl, ledger: ledger, queue: queue, notifyURL: notifyURL}
}

// Schedule enqueues one payout task per franchise for the closed month.
func (p *Payouts) Schedule(ctx context.Context, payouts []domain.Payout) error {
	for _, po := range payouts {
		body, _ := json.Marshal(po)
		if _, err := p.queue.EnqueueContext(ctx, asynq.NewTask(TaskFranchisePayout, body),
			asynq.TaskID("payout-"+po.ID), asynq.Queue("payouts")); err != nil {
			return err
		}
	}
	return nil
}

func (p *Payouts) request(po domain.Payout) dlocal.PayoutRequest {
	return dlocal.PayoutRequest{
		// dLocal refuses a reused external_id, so each send gets its own
		ExternalID:      fmt.Sprintf("%s_%d", po.ID, time.Now().UnixMilli()),
		Country:         string(po.Country),
		Currency:        po.Currency,
		Amount:          float64(po.Cents) / 100,
		Purpose:         "COMMERCIAL",
		NotificationURL: p.notifyURL,
		Beneficiary: dlocal.Beneficiary{
			FirstName:   po.BankAccount.HolderName,
			Document:    po.BankAccount.Document,
			BankCode:    po.BankAccount.BankCode,
			BankBranch:  po.BankAccount.Branch,
			BankAccount: po.BankAccount.Account,
		},
	}
}

// ProcessTask handles TaskFranchisePayout.
func (p *Payouts) ProcessTask(ctx context.Context, t *asynq.Task) error {
	var po domain.Payout
	if err := json.Unmarshal(t.Payload(), &po); err != nil {
		return fmt.Errorf("%w: %v", asynq.SkipRetry, err)
	}
	var out *dlocal.Payout
	err := platform.Do(ctx, platform.DefaultPolicy, "dlocal.payout", func(ctx context.Context) error {
		var err error
		out, err = p.dl.CreatePayout(ctx, p.request(po)) // want "\\[idempotency\\] dlocal\\.Client\\.CreatePayout \\(POST /payouts/v3\\) is retried by platform\\.Do"
		if err != nil && !dlocal.Retryable(err) {
			return platform.Permanent(err)
		}
		return err
	})
	if err != nil {
		return err
	}
	return p.ledger.SetPayoutProviderRef(ctx, po.ID, out.ID)
}

// FetchSettlementReport waits for dLocal's monthly settlement export used
// to compute franchise shares.
func (p *Payouts) FetchSettlementReport(ctx context.Context, reportID string) (string, error) {
	for { // audit: lookalike pollbound: a report export being generated, not a payment
		r, err := p.dl.GetSettlementReport(ctx, reportID)
		if err == nil && r.Status == "READY" {
			return r.URL, nil
		}
		if err != nil {
			slog.Warn("settlement report", "id", reportID, "err", err)
		}
		time.Sleep(30 * time.Second)
	}
}
