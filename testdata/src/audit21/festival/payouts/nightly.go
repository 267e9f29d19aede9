package payouts

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/RichardKnop/machinery/v1"
	"github.com/RichardKnop/machinery/v1/tasks"
	"github.com/cenkalti/backoff/v5"
	"github.com/uptrace/bun"

	"audit21/festival/store"
)

// TaskPayVendor is the machinery task name.
const TaskPayVendor = "payouts.pay_vendor"

// Nightly turns each vendor's takings into a payout and queues it.
type Nightly struct {
	db      *bun.DB
	server  *machinery.Server
	client  *Client
	payouts *store.Payouts
	vendors *store.Repo[store.Vendor]
	log     *slog.Logger
}

// NewNightly wires the nightly payout run.
func NewNightly(db *bun.DB, server *machinery.Server, client *Client, log *slog.Logger) *Nightly {
	return &Nightly{
		db:      db,
		server:  server,
		client:  client,
		payouts: store.NewPayouts(db),
		vendors: store.NewRepo[store.Vendor](db, "vendors"),
		log:     log,
	}
}

// Register adds the task to the machinery server.
func (n *Nightly) Register() error {
	return n.server.RegisterTask(TaskPayVendor, n.PayVendor)
}

// Run books tonight's payout rows and queues one task per vendor.
func (n *Nightly) Run(ctx context.Context, night time.Time) error {
	vendors, err := n.vendors.Where(ctx, 1000, "balance_cents > 0")
	if err != nil {
		return err
	}
	for _, v := range vendors {
		p := store.Payout{
			ID:          fmt.Sprintf("%s-%s", v.ID, night.Format("20060102")),
			VendorID:    v.ID,
			AmountCents: v.BalanceCents,
			Status:      "pending",
			CreatedAt:   time.Now().UTC(),
		}
		if _, err := n.db.NewInsert().Model(&p).On("CONFLICT (id) DO NOTHING").Exec(ctx); err != nil {
			return err
		}
		if _, err := n.db.NewUpdate().Table("vendors").
			Set("balance_cents = balance_cents - ?", p.AmountCents).
			Where("id = ?", v.ID).Exec(ctx); err != nil {
			return err
		}
		sig := &tasks.Signature{
			Name:         TaskPayVendor,
			Args:         []tasks.Arg{{Name: "payoutID", Type: "string", Value: p.ID}},
			RetryCount:   3,
			RetryTimeout: 300,
		}
		if _, err := n.server.SendTaskWithContext(ctx, sig); err != nil {
			n.log.ErrorContext(ctx, "queue payout", "payout", p.ID, "err", err)
		}
	}
	return nil
}

// PayVendor is the machinery task: it sends one payout.
func (n *Nightly) PayVendor(payoutID string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	p, err := n.payouts.ByID(ctx, payoutID)
	if err != nil {
		return err
	}
	if p.Status != "pending" {
		return nil
	}
	v, err := n.vendors.ByID(ctx, p.VendorID)
	if err != nil {
		return err
	}
	key := "payout-" + p.ID
	op := func() (*Transfer, error) {
		tr, err := n.client.Send(ctx, key, v.IBAN, v.Name, p.AmountCents, "Festival takings "+p.ID) // audit: lookalike idempotency: retried by backoff and by machinery's RetryCount, but the key comes from the payout row named in the task's payload
		return tr, err                                                                              // want "\\[retrystatus\\] payouts\\.Client\\.Send \\(POST /transfers\\) is retried by backoff\\.Retry \\(line"
	}
	tr, err := backoff.Retry(ctx, op, backoff.WithBackOff(backoff.NewExponentialBackOff()), backoff.WithMaxTries(5))
	if err != nil {
		return err
	}
	return n.payouts.Settle(ctx, p.ID, tr.Status, tr.ID)
}
