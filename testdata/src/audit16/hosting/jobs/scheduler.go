// Package jobs runs the periodic work: overage billing, dunning and
// suspension, top-up sweeps, reseller commissions and housekeeping.
package jobs

import (
	"context"
	"log"
	"time"

	"github.com/lightningnetwork/lnd/lnrpc"
	"github.com/robfig/cron/v3"
	stripe "github.com/stripe/stripe-go/v82"

	"audit16/hosting/billing"
	"audit16/hosting/credit"
	"audit16/hosting/provision"
	"audit16/hosting/store"
)

// Notifier tells customers about account events.
type Notifier interface {
	SendReceipt(to, subject, body string) error
}

// Commission is one reseller's commission for a period.
type Commission struct {
	ResellerID string
	Cents      int64
}

// CommissionSource computes commissions owed for a period.
type CommissionSource interface {
	Owed(ctx context.Context, period string) ([]Commission, error)
}

// Runner owns the cron schedule.
type Runner struct {
	cron        *cron.Cron
	sc          *stripe.Client
	subs        *store.Billing
	ledger      *store.Ledger
	cache       *store.Cache
	billing     *billing.Service
	overage     *billing.OverageWorker
	payouts     *billing.ResellerPayouts
	commissions CommissionSource
	ln          *credit.Lightning
	usdc        *credit.USDCWatcher
	dc          *provision.Client
	status      *provision.StatusPinger
	notify      Notifier
}

// Config lists the Runner's collaborators.
type Config struct {
	Stripe      *stripe.Client
	Subs        *store.Billing
	Ledger      *store.Ledger
	Cache       *store.Cache
	Billing     *billing.Service
	Overage     *billing.OverageWorker
	Payouts     *billing.ResellerPayouts
	Commissions CommissionSource
	LN          *credit.Lightning
	USDC        *credit.USDCWatcher
	DC          *provision.Client
	Status      *provision.StatusPinger
	Notify      Notifier
}

func NewRunner(c Config) *Runner {
	return &Runner{cron: cron.New(), sc: c.Stripe, subs: c.Subs, ledger: c.Ledger, cache: c.Cache,
		billing: c.Billing, overage: c.Overage, payouts: c.Payouts, commissions: c.Commissions,
		ln: c.LN, usdc: c.USDC, dc: c.DC, status: c.Status, notify: c.Notify}
}

func (r *Runner) add(spec string, name string, timeout time.Duration, fn func(ctx context.Context) error) {
	if _, err := r.cron.AddFunc(spec, func() {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		if err := fn(ctx); err != nil {
			log.Printf("job %s: %v", name, err)
		}
	}); err != nil {
		log.Fatalf("schedule %s: %v", name, err)
	}
}

// Start registers every job and starts the scheduler.
func (r *Runner) Start() {
	r.add("15 * * * *", "overage", 30*time.Minute, r.overage.Run)
	r.add("0 5 * * *", "card-renewals", 2*time.Hour, r.renewByCard)
	r.add("0 6 * * *", "suspend-overdue", time.Hour, r.suspendOverdue)
	r.add("30 * * * *", "reconcile-past-due", 20*time.Minute, r.reconcilePastDue)
	r.add("0 */6 * * *", "negative-balances", time.Hour, r.collectNegative)
	r.add("*/5 * * * *", "lightning-sweep", 4*time.Minute, r.sweepLightning)
	r.add("* * * * *", "usdc-deposits", 50*time.Second, r.watchDeposits)
	r.add("0 3 1 * *", "reseller-commissions", 2*time.Hour, r.payCommissions)
	r.add("* * * * *", "status-ping", 50*time.Second, func(ctx context.Context) error {
		r.status.Ping(ctx, "billing")
		return nil
	})
	r.cron.Start()
}

// suspendOverdue tries each overdue plan's open invoice once more and
// suspends the server when it still does not pay.
func (r *Runner) suspendOverdue(ctx context.Context) error {
	subs, err := r.subs.Overdue(ctx, time.Now())
	if err != nil {
		return err
	}
	for _, sub := range subs {
		if inv, err := r.billing.PayOpenInvoice(ctx, sub.StripeInvoice); err == nil && inv.Status == stripe.InvoiceStatusPaid {
			continue
		}
		if err := r.dc.Suspend(ctx, sub.ServerID); err != nil {
			log.Printf("suspend %s: %v", sub.ServerID, err)
			continue
		}
		if err := r.subs.SetSubscriptionStatus(ctx, sub.ID, "suspended"); err != nil {
			return err
		}
		acct, err := r.subs.Account(ctx, sub.AccountID)
		if err != nil {
			continue
		}
		if err := r.notify.SendReceipt(acct.Email, "Server suspended", "Your server "+sub.ServerID+" was suspended for non-payment."); err != nil {
			log.Printf("notify %s: %v", acct.ID, err)
		}
	}
	return nil
}

// reconcilePastDue reactivates past-due plans whose invoice was paid
// outside the webhook (bank transfer, dashboard).
func (r *Runner) reconcilePastDue(ctx context.Context) error {
	subs, err := r.subs.PastDue(ctx)
	if err != nil {
		return err
	}
	for _, sub := range subs {
		var inv *stripe.Invoice
		for try := 0; try < 3; try++ {
			inv, err = r.sc.V1Invoices.Retrieve(ctx, sub.StripeInvoice, nil) // want "\\[retrybackoff\\] stripe V1Invoices.Retrieve is retried by a for loop \\(line 144\\) with no wait between attempts"
			if err == nil {
				break
			}
		}
		if err != nil {
			log.Printf("reconcile %s: %v", sub.ID, err)
			continue
		}
		if inv.Status == stripe.InvoiceStatusPaid {
			if err := r.subs.SetSubscriptionStatus(ctx, sub.ID, "active"); err != nil {
				return err
			}
		}
	}
	return nil
}

// collectNegative charges accounts whose credit went negative through overage.
func (r *Runner) collectNegative(ctx context.Context) error {
	accts, err := r.subs.NegativeBalances(ctx)
	if err != nil {
		return err
	}
	for i := range accts {
		acct := &accts[i]
		if err := r.subs.SetCollecting(ctx, acct.ID, true); err != nil {
			return err
		}
		ok, err := r.billing.CollectOutstanding(ctx, acct, -acct.CreditCents)
		if err != nil || !ok {
			log.Printf("collect %s: not settled (%v), left for review", acct.ID, err)
			continue
		}
		if err := r.ledger.AddCredit(ctx, acct.ID, -acct.CreditCents); err != nil {
			return err
		}
		if err := r.subs.SetCollecting(ctx, acct.ID, false); err != nil {
			return err
		}
	}
	return nil
}

// sweepLightning catches top-ups whose watcher died with the process.
func (r *Runner) sweepLightning(ctx context.Context) error {
	pending, err := r.ledger.PendingTopUps(ctx, "lightning")
	if err != nil {
		return err
	}
	for _, t := range pending {
		if time.Since(t.CreatedAt) < 5*time.Minute {
			continue
		}
		state, err := r.ln.Peek(ctx, t)
		if err != nil {
			log.Printf("sweep %s: %v", t.ID, err)
		} else if state == lnrpc.Invoice_SETTLED {
			if err := credit.Grant(ctx, r.ledger, t); err != nil {
				return err
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return nil
}

// payCommissions pays last month's reseller commissions.
func (r *Runner) payCommissions(ctx context.Context) error {
	period := time.Now().AddDate(0, -1, 0).Format("2006-01")
	owed, err := r.commissions.Owed(ctx, period)
	if err != nil {
		return err
	}
	for _, c := range owed {
		id, err := r.payouts.Pay(ctx, c.ResellerID, c.Cents, period)
		if err != nil {
			log.Printf("commission %s: %v", c.ResellerID, err)
			continue
		}
		log.Printf("commission %s paid as %s", c.ResellerID, id)
	}
	return nil
}

// renewByCard charges plans paid by saved card a day before they lapse.
func (r *Runner) renewByCard(ctx context.Context) error {
	subs, err := r.subs.DueForRenewal(ctx, time.Now().Add(24*time.Hour))
	if err != nil {
		return err
	}
	for i := range subs {
		sub := &subs[i]
		acct, err := r.subs.Account(ctx, sub.AccountID)
		if err != nil {
			continue
		}
		pi, err := r.billing.ChargeRenewal(ctx, sub, acct, planPrice(sub.Plan))
		if err == nil {
			pi, err = r.billing.AwaitIntent(ctx, pi.ID)
		}
		if err != nil || pi.Status != stripe.PaymentIntentStatusSucceeded {
			log.Printf("renewal %s failed: %v", sub.ID, err)
			if err := r.subs.SetSubscriptionStatus(ctx, sub.ID, "past_due"); err != nil {
				return err
			}
			continue
		}
		if err := r.subs.ExtendPaidThrough(ctx, sub); err != nil {
			return err
		}
	}
	return nil
}

// watchDeposits follows USDC top-ups the deposit indexer registered.
func (r *Runner) watchDeposits(ctx context.Context) error {
	pending, err := r.ledger.PendingTopUps(ctx, "usdc")
	if err != nil {
		return err
	}
	for _, t := range pending {
		if first, err := r.cache.Claim(ctx, "usdc-watch:"+t.ID, 3*time.Hour); err != nil || !first {
			continue
		}
		go func(t store.TopUp) {
			if err := r.usdc.Await(context.Background(), t); err != nil {
				log.Printf("usdc top-up %s: %v", t.ID, err)
			}
		}(t)
	}
	return nil
}

var prices = map[string]int64{"vps-s": 600, "vps-m": 1200, "vps-l": 2400, "game-m": 1500, "game-l": 3000}

func planPrice(plan string) int64 { return prices[plan] }
