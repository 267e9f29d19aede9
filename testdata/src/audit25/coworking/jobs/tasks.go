// Package jobs runs the background work: asynq tasks and the periodic
// payout and deposit workers.
package jobs

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/smtp"
	"time"

	"github.com/hibiken/asynq"

	"audit25/coworking/adyenpay"
	"audit25/coworking/directdebit"
	"audit25/coworking/invoicing"
	"audit25/coworking/store"
)

const (
	TypeCollectMembership = "membership:collect"
	TypeIssueInvoice      = "invoice:issue"
	TypeRefundBooking     = "booking:refund"
	TypeBookingReceipt    = "booking:receipt"
)

type Mailer struct {
	Addr string
	Auth smtp.Auth
	From string
}

type Tasks struct {
	collector *directdebit.Collector
	invoicer  *invoicing.Invoicer
	adyen     *adyenpay.Client
	bookings  *store.Bookings
	mail      Mailer
	log       *slog.Logger
}

func NewTasks(collector *directdebit.Collector, invoicer *invoicing.Invoicer, adyen *adyenpay.Client, bookings *store.Bookings, mail Mailer, log *slog.Logger) *Tasks {
	return &Tasks{collector: collector, invoicer: invoicer, adyen: adyen, bookings: bookings, mail: mail, log: log}
}

func (t *Tasks) Register(mux *asynq.ServeMux) {
	mux.HandleFunc(TypeCollectMembership, t.collectMembership)
	mux.HandleFunc(TypeIssueInvoice, t.issueInvoice)
	mux.HandleFunc(TypeRefundBooking, t.refundBooking)
	mux.HandleFunc(TypeBookingReceipt, t.sendReceipt)
}

type collectPayload struct {
	Membership store.Membership `json:"membership"`
	Period     string           `json:"period"`
	Through    time.Time        `json:"through"`
}

func (t *Tasks) collectMembership(ctx context.Context, task *asynq.Task) error {
	var p collectPayload
	if err := json.Unmarshal(task.Payload(), &p); err != nil {
		return fmt.Errorf("%w: %v", asynq.SkipRetry, err)
	}
	pay, err := t.collector.Collect(ctx, p.Membership, p.Period) // want "\\[idempotency\\] directdebit\\.Collector\\.Collect \\(gocardless Payments\\.Create\\) is retried by"
	if err != nil {
		return err
	}
	t.log.Info("membership payment created", "membership", p.Membership.ID, "payment", pay.Id)
	go func() {
		if err := t.collector.Track(context.Background(), p.Membership, pay.Id, p.Through); err != nil { // want "\\[pollbound\\] directdebit\\.Collector\\.Track polls payment paymentID \\(collector\\.go:149\\) until"
			t.log.Warn("membership payment", "membership", p.Membership.ID, "err", err)
		}
	}()
	return nil
}

type invoicePayload struct {
	InvoiceID  string `json:"invoice_id"`
	CustomerID string `json:"customer_id"`
}

func (t *Tasks) issueInvoice(ctx context.Context, task *asynq.Task) error {
	var p invoicePayload
	if err := json.Unmarshal(task.Payload(), &p); err != nil {
		return fmt.Errorf("%w: %v", asynq.SkipRetry, err)
	}
	inv, err := t.invoicer.Issue(ctx, p.InvoiceID, p.CustomerID)
	if err != nil {
		return err
	}
	t.log.Info("invoice issued", "invoice", p.InvoiceID, "stripe", inv.ID)
	return nil
}

type refundPayload struct {
	BookingID   string `json:"booking_id"`
	PSPRef      string `json:"psp_ref"`
	AmountMinor int64  `json:"amount_minor"`
	Currency    string `json:"currency"`
}

func (t *Tasks) refundBooking(ctx context.Context, task *asynq.Task) error {
	var p refundPayload
	if err := json.Unmarshal(task.Payload(), &p); err != nil {
		return fmt.Errorf("%w: %v", asynq.SkipRetry, err)
	}
	ref, err := t.adyen.Refund(ctx, p.PSPRef, p.BookingID, p.AmountMinor, p.Currency) // want "\\[idempotency\\] adyenpay\\.Client\\.Refund \\(adyen ModificationsApi\\.RefundCapturedPayment\\) is"
	if err != nil {
		return err
	}
	return t.bookings.SetStatus(ctx, p.BookingID, "refund_requested", ref)
}

func (t *Tasks) sendReceipt(ctx context.Context, task *asynq.Task) error {
	var p struct {
		BookingID string `json:"booking_id"`
	}
	if err := json.Unmarshal(task.Payload(), &p); err != nil {
		return fmt.Errorf("%w: %v", asynq.SkipRetry, err)
	}
	bk, err := t.bookings.Get(ctx, p.BookingID)
	if err != nil {
		return err
	}
	msg := []byte(fmt.Sprintf("Subject: Your booking at %s\r\n\r\nSee you on %s.\r\n", bk.Site, bk.StartsAt.Format("2 Jan")))
	for i := 0; i < 3; i++ {
		if err = smtp.SendMail(t.mail.Addr, t.mail.Auth, t.mail.From, []string{bk.MemberID + "@members.example"}, msg); err == nil {
			return nil
		}
		time.Sleep(100 * time.Millisecond) // audit: lookalike retrybackoff: a short fixed wait, but this retries a confirmation mail, not a payment call
	}
	return err
}

// EnqueueDue queues this month's membership collections; the task id keeps
// a second run of the scheduler from queueing the same collection.
func EnqueueDue(ctx context.Context, q *asynq.Client, billing *store.Billing, now time.Time) error {
	due, err := billing.DueMemberships(ctx, now)
	if err != nil {
		return err
	}
	period := now.Format("2006-01")
	through := time.Date(now.Year(), now.Month()+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	for _, m := range due {
		payload, _ := json.Marshal(collectPayload{Membership: m, Period: period, Through: through})
		if _, err := q.EnqueueContext(ctx, asynq.NewTask(TypeCollectMembership, payload), asynq.TaskID("collect-"+m.ID+"-"+period)); err != nil {
			return err
		}
	}
	return nil
}
