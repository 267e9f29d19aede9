// Package worker runs the queued tasks and the scheduled jobs.
package worker

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"audit26/kbeauty/platform"
	"audit26/kbeauty/shop"
	"audit26/kbeauty/store"
	"audit26/kbeauty/toss"

	"github.com/hibiken/asynq"
)

// Tasks handles the asynq tasks.
type Tasks struct {
	orders *store.Orders
	toss   *toss.Client
	boxes  *shop.Boxes
	mail   platform.Mailer
	sms    SMS
	log    *slog.Logger
}

// SMS sends a text message to a customer.
type SMS interface {
	Send(ctx context.Context, phone, text string) error
}

// NewTasks wires the task handlers.
func NewTasks(orders *store.Orders, tc *toss.Client, boxes *shop.Boxes, mail platform.Mailer, sms SMS, log *slog.Logger) *Tasks {
	return &Tasks{orders: orders, toss: tc, boxes: boxes, mail: mail, sms: sms, log: log}
}

// Mux returns the task routes.
func (t *Tasks) Mux() *asynq.ServeMux {
	mux := asynq.NewServeMux()
	mux.HandleFunc(shop.TaskConfirm, t.confirm)
	mux.HandleFunc(shop.TaskBoxRenew, t.renewBox)
	mux.HandleFunc(shop.TaskReceipt, t.receipt)
	mux.HandleFunc(shop.TaskConcierge, t.concierge)
	return mux
}

func (t *Tasks) confirm(ctx context.Context, task *asynq.Task) error {
	var p shop.ConfirmTask
	if err := json.Unmarshal(task.Payload(), &p); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	key := "confirm-" + p.OrderID
	req := toss.ConfirmRequest{PaymentKey: p.PaymentKey, OrderID: p.OrderID, Amount: p.Amount}
	for attempt := 1; ; attempt++ {
		resp, err := t.toss.ConfirmRaw(ctx, req, key)
		if err == nil {
			code := resp.StatusCode
			resp.Body.Close()
			if code == http.StatusOK { // want "\\[retrystatus\\] toss\\.Client\\.ConfirmRaw \\(POST /v1/payments/confirm\\) is retried by a for loop"
				return nil
			}
			err = fmt.Errorf("confirm %s: http %d", p.OrderID, code)
		}
		if attempt == 5 {
			return err
		}
		t.log.Warn("toss confirm", "order", p.OrderID, "attempt", attempt, "err", err)
		time.Sleep(time.Duration(attempt*attempt) * time.Second)
	}
}

func (t *Tasks) renewBox(ctx context.Context, task *asynq.Task) error {
	var b shop.BoxTask
	if err := json.Unmarshal(task.Payload(), &b); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	return t.boxes.Renew(ctx, b.SubscriptionID)
}

func (t *Tasks) receipt(ctx context.Context, task *asynq.Task) error {
	var m map[string]string
	if err := json.Unmarshal(task.Payload(), &m); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	o, err := t.orders.ByNumber(ctx, m["order"])
	if err != nil {
		return err
	}
	return t.mail.Send(o.Email, "ご注文ありがとうございます "+o.Number, fmt.Sprintf("Order %s: %d %s", o.Number, o.Amount, o.Currency))
}

// concierge follows a phone order's virtual account while the agent is on
// the line, and texts a fresh account if nothing arrives.
func (t *Tasks) concierge(ctx context.Context, task *asynq.Task) error {
	var j shop.ConciergeTask
	if err := json.Unmarshal(task.Payload(), &j); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	tick := time.NewTicker(15 * time.Second)
	defer tick.Stop()
	lapse := time.After(20 * time.Minute)
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-lapse:
			p, err := t.toss.IssueVirtualAccount(ctx, toss.VirtualAccountRequest{ // audit: missed pollcreate: when the 20-minute wait lapses a second account is issued while the first (valid 72h) is still WAITING_FOR_DEPOSIT; the customer can pay both
				Amount:       j.Amount,
				OrderID:      j.OrderNo + "-R",
				OrderName:    "K-Beauty phone order " + j.OrderNo,
				CustomerName: j.Name,
				Bank:         j.Bank,
				ValidHours:   24,
			})
			if err != nil {
				return err
			}
			msg := fmt.Sprintf("[K-Beauty] %s %s 계좌로 %d원 입금 부탁드립니다", p.VirtualAccount.BankCode, p.VirtualAccount.AccountNumber, j.Amount)
			return t.sms.Send(ctx, j.Phone, msg)
		case <-tick.C:
			p, err := t.toss.Get(ctx, j.PaymentKey)
			if err != nil {
				t.log.Warn("concierge read", "order", j.OrderNo, "err", err)
				continue
			}
			switch p.Status {
			case toss.StatusDone:
				return t.orders.MarkPaid(ctx, j.OrderNo, j.PaymentKey)
			case toss.StatusCanceled, toss.StatusExpired, toss.StatusAborted:
				return t.orders.SetStatus(ctx, j.OrderNo, store.OrderCancelled)
			}
		}
	}
}
