package jobs

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/hibiken/asynq"

	"audit15/academy/billing"
	"audit15/academy/domain"
	"audit15/academy/payouts"
	"audit15/academy/store"
	"audit15/academy/walletpay"
)

// Task names.
const (
	TaskMollieReconcile = "mollie:reconcile"
	TaskWalletReconcile = "wallet:reconcile"
	TaskBundleCapture   = "razorpay:capture"
	TaskRefundDropped   = "refunds:dropped"
	TaskMonthlyPayouts  = "payouts:monthly"
	TaskTranscode       = "video:transcode"
	TaskReminders       = "mail:reminders"
	TaskAnalytics       = "analytics:flush"
	TaskWalletCheckout  = "wallet:checkout"
	TaskCertificate     = "certificate:render"
)

// Deps are what the task handlers need.
type Deps struct {
	Mollie     *billing.Mollie
	Razorpay   *billing.Razorpay
	Wallet     *walletpay.Client
	Checkout   *billing.WalletCheckout
	Orders     *store.Orders
	Payouts    *payouts.Worker
	Transcoder *Transcoder
	Certs      *Certificates
	Mailer     domain.Mailer
	Analytics  string
	Log        *slog.Logger
}

// Register mounts every task handler.
func Register(mux *asynq.ServeMux, d Deps) {
	mux.HandleFunc(TaskMollieReconcile, d.reconcileMollie)
	mux.HandleFunc(TaskWalletReconcile, d.reconcileWallet)
	mux.HandleFunc(TaskBundleCapture, d.captureBundle)
	mux.HandleFunc(TaskRefundDropped, func(ctx context.Context, _ *asynq.Task) error { return d.Razorpay.RefundDropped(ctx) }) // want "\\[idempotency\\] billing.Razorpay.RefundDropped \\(razorpay Payment.Refund\\) is retried by asynq"
	mux.HandleFunc(TaskMonthlyPayouts, func(ctx context.Context, _ *asynq.Task) error {
		return d.Payouts.RunMonthly(ctx, time.Now().AddDate(0, 0, -14)) // want "\\[idempotency\\] payouts.Worker.RunMonthly \\(stripe transfer.New\\) is retried by asynq, which delivers the task again when the handler returns an error \\(line 56\\) without an idempotency key: stripe-go adds a new random key to each call"
	})
	mux.HandleFunc(TaskTranscode, d.transcode)
	mux.HandleFunc(TaskReminders, d.reminders)
	mux.HandleFunc(TaskAnalytics, d.flushAnalytics)
	mux.HandleFunc(TaskWalletCheckout, d.walletCheckout)
	mux.HandleFunc(TaskCertificate, d.certificate)
}

func (d Deps) certificate(ctx context.Context, t *asynq.Task) error {
	var in struct{ LearnerID, CourseID string }
	if err := json.Unmarshal(t.Payload(), &in); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	url, err := d.Certs.Render(ctx, in.LearnerID, in.CourseID)
	if err != nil {
		return err
	}
	d.Log.Info("certificate ready", "learner", in.LearnerID, "url", url)
	return nil
}

type walletCheckout struct {
	OrderID string `json:"order_id"`
	MSISDN  string `json:"msisdn"`
}

// walletCheckout runs a Kwikpay checkout started from the course page.
func (d Deps) walletCheckout(ctx context.Context, t *asynq.Task) error {
	var in walletCheckout
	if err := json.Unmarshal(t.Payload(), &in); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	o, err := d.Orders.Get(ctx, in.OrderID)
	if err != nil {
		return err
	}
	if o.Status != domain.OrderPending {
		return nil
	}
	if err := d.Checkout.Pay(ctx, o, in.MSISDN); err != nil {
		return fmt.Errorf("wallet checkout %s: %v: %w", o.ID, err, asynq.SkipRetry)
	}
	return nil
}

type orderRef struct {
	OrderID   string `json:"order_id"`
	PaymentID string `json:"payment_id"`
	Amount    int    `json:"amount"`
}

// reconcileMollie settles a SEPA payment whose webhook never arrived.
func (d Deps) reconcileMollie(ctx context.Context, t *asynq.Task) error {
	var ref orderRef
	if err := json.Unmarshal(t.Payload(), &ref); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	for { // want "\\[pollbound\\] loop polling payment ref.PaymentID has no bound"
		p, err := d.Mollie.Payment(ctx, ref.PaymentID)
		if err != nil {
			d.Log.Warn("mollie reconcile", "payment", ref.PaymentID, "err", err)
			time.Sleep(10 * time.Second)
			continue
		}
		switch p.Status {
		case "paid":
			_, err := d.Orders.MarkPaid(ctx, ref.OrderID)
			return err
		case "failed", "canceled", "expired":
			return nil
		}
		time.Sleep(15 * time.Second)
	}
}

// reconcileWallet checks a Kwikpay charge the nightly report lists as
// settled but which is still pending here.
func (d Deps) reconcileWallet(ctx context.Context, t *asynq.Task) error {
	var ref orderRef
	if err := json.Unmarshal(t.Payload(), &ref); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	ch, err := d.Wallet.Settlement(ctx, ref.PaymentID)
	if err != nil {
		return err
	}
	if ch.Status == walletpay.StatusSettled {
		_, err = d.Orders.MarkPaid(ctx, ref.OrderID)
	}
	return err
}

func (d Deps) captureBundle(ctx context.Context, t *asynq.Task) error {
	var ref orderRef
	if err := json.Unmarshal(t.Payload(), &ref); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	if err := d.Razorpay.CaptureAndWait(ctx, ref.PaymentID, ref.Amount); err != nil {
		return err
	}
	_, err := d.Orders.MarkPaid(ctx, ref.OrderID)
	return err
}

func (d Deps) transcode(ctx context.Context, t *asynq.Task) error {
	return d.Transcoder.Transcode(ctx, string(t.Payload()))
}

type reminder struct {
	Email  string `json:"email"`
	Course string `json:"course"`
	Lesson string `json:"lesson"`
}

// reminders mails learners who have not opened their next lesson.
func (d Deps) reminders(ctx context.Context, t *asynq.Task) error {
	var batch []reminder
	if err := json.Unmarshal(t.Payload(), &batch); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	for _, r := range batch {
		body := fmt.Sprintf("Your next lesson in %s is waiting: %s", r.Course, r.Lesson)
		if err := d.Mailer.Send(ctx, r.Email, "Keep going!", body); err != nil {
			d.Log.Warn("reminder", "to", r.Email, "err", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil
}

// flushAnalytics forwards a batch of progress events to the analytics
// collector.
func (d Deps) flushAnalytics(ctx context.Context, t *asynq.Task) error {
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, d.Analytics+"/v1/events/progress", strings.NewReader(string(t.Payload())))
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return nil
			}
		}
		time.Sleep(500 * time.Millisecond)
	}
	return fmt.Errorf("analytics collector unavailable")
}
