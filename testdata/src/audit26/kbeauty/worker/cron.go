package worker

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"audit26/kbeauty/intl"
	"audit26/kbeauty/kakaopay"
	"audit26/kbeauty/platform"
	"audit26/kbeauty/shop"
	"audit26/kbeauty/store"

	"github.com/hibiken/asynq"
	"github.com/robfig/cron/v3"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Jobs are the scheduled passes.
type Jobs struct {
	orders   *store.Orders
	partners *store.Partners
	japan    *intl.Japan
	indo     *intl.Indonesia
	kakao    *kakaopay.Client
	queue    *asynq.Client
	batch    int
	log      *slog.Logger
}

// JobsOption configures Jobs.
type JobsOption func(*Jobs)

// WithPayoutBatch sets how many payouts one pass sends.
func WithPayoutBatch(n int) JobsOption { return func(j *Jobs) { j.batch = n } }

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) JobsOption { return func(j *Jobs) { j.log = l } }

// NewJobs wires the scheduled jobs.
func NewJobs(orders *store.Orders, partners *store.Partners, jp *intl.Japan, id *intl.Indonesia, kc *kakaopay.Client, q *asynq.Client, opts ...JobsOption) *Jobs {
	j := &Jobs{orders: orders, partners: partners, japan: jp, indo: id, kakao: kc, queue: q, batch: 50, log: slog.Default()}
	for _, o := range opts {
		o(j)
	}
	return j
}

// Schedule registers the passes on c.
func (j *Jobs) Schedule(c *cron.Cron) error {
	specs := []struct {
		spec string
		run  func()
	}{
		{"0 */2 * * *", j.payoutsID},
		{"0 3 * * *", j.boxes},
		{"*/10 * * * *", j.kakaoStuck},
		{"*/30 * * * *", j.konbiniSweep},
	}
	for _, s := range specs {
		if _, err := c.AddFunc(s.spec, s.run); err != nil {
			return fmt.Errorf("cron %q: %w", s.spec, err)
		}
	}
	return nil
}

func (j *Jobs) payoutsID() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	if err := j.indo.PayPartners(ctx, j.partners, j.batch); err != nil {
		j.log.Error("payouts ID", "err", err)
	}
}

// boxes renews the monthly boxes due in the next two days.
func (j *Jobs) boxes() {
	ctx := context.Background()
	due, err := j.orders.DueSubscriptions(ctx, time.Now().Add(48*time.Hour))
	if err != nil {
		j.log.Error("due boxes", "err", err)
		return
	}
	for i := range due {
		sub := &due[i]
		switch sub.Country {
		case "JP":
			cctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
			if _, err := j.japan.RenewBox(cctx, sub); err != nil {
				j.log.Warn("box JP", "sub", sub.ID, "err", err)
			}
			cancel()
		case "KR":
			b, _ := json.Marshal(shop.BoxTask{SubscriptionID: sub.ID})
			if _, err := j.queue.EnqueueContext(ctx, asynq.NewTask(shop.TaskBoxRenew, b), asynq.Queue("billing")); err != nil {
				j.log.Error("enqueue box", "sub", sub.ID, "err", err)
			}
		}
	}
}

// kakaoStuck settles KakaoPay payments left between ready and approve.
func (j *Jobs) kakaoStuck() {
	ctx := context.Background()
	stuck, err := j.orders.Pending(ctx, "kakaopay", 15*time.Minute)
	if err != nil {
		j.log.Error("kakao stuck", "err", err)
		return
	}
	for _, o := range stuck {
		tid := o.ProviderRef
		info, err := platform.Poller[*kakaopay.OrderInfo]{
			Fetch: func(ctx context.Context) (*kakaopay.OrderInfo, error) { return j.kakao.Order(ctx, tid) },
			Done: func(i *kakaopay.OrderInfo) bool {
				return i.Status == kakaopay.Success || i.Status == kakaopay.Cancel || i.Status == kakaopay.Fail || i.Status == kakaopay.QuitPayment
			},
			Every: 10 * time.Second,
		}.Until(ctx) // audit: missed pollbound: Until stops only on Done or the context, and this context is Background; a payment left in READY or SEND_TMS holds the pass forever
		if err != nil {
			continue
		}
		if info.Status != kakaopay.Success {
			_ = j.orders.SetStatus(ctx, o.Number, store.OrderCancelled)
		}
	}
}

// konbiniSweep catches konbini payments whose webhook never arrived.
func (j *Jobs) konbiniSweep() {
	ctx := context.Background()
	waiting, err := j.orders.Awaiting(ctx, "stripe", 24*time.Hour)
	if err != nil {
		j.log.Error("konbini sweep", "err", err)
		return
	}
	for _, o := range waiting {
		pi, err := paymentintent.Get(o.ProviderRef, nil) // audit: lookalike pollinterval: one read per waiting order per 30-minute cron pass, not a tight poll
		if err != nil {
			j.log.Warn("konbini read", "order", o.Number, "err", err)
			continue
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			_ = j.orders.MarkPaid(ctx, o.Number, pi.ID)
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			_ = j.orders.SetStatus(ctx, o.Number, store.OrderCancelled)
		}
	}
}

// Tracking follows a parcel with the courier until it is delivered, for the
// "where is my order" page.
type Tracking struct {
	Base string
	HC   *http.Client
}

type parcel struct {
	InvoiceNo string `json:"invoice_no"`
	Level     int    `json:"level"` // 6 = delivered
	Where     string `json:"where"`
}

// Follow reports each scan of the parcel until it is delivered.
func (t Tracking) Follow(ctx context.Context, invoiceNo string, report func(where string)) error {
	last := ""
	for ctx.Err() == nil {
		resp, err := t.HC.Get(t.Base + "/tracking/" + invoiceNo)
		if err == nil {
			var p parcel
			_ = json.NewDecoder(resp.Body).Decode(&p)
			resp.Body.Close()
			if p.Where != last {
				report(p.Where)
				last = p.Where
			}
			if p.Level >= 6 {
				return nil
			}
		}
		time.Sleep(time.Second) // audit: lookalike pollinterval: a courier's parcel scan, no payment is read
	}
	return ctx.Err()
}
