package jobs

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/smtp"
	"time"

	retry "github.com/avast/retry-go/v4"
	amqp "github.com/rabbitmq/amqp091-go"

	"audit22/nursery/billing"
	"audit22/nursery/cards"
	"audit22/nursery/domain"
	"audit22/nursery/store"
)

// Bus publishes and consumes on RabbitMQ.
type Bus struct {
	ch  *amqp.Channel
	log *slog.Logger
}

func NewBus(ch *amqp.Channel) *Bus { return &Bus{ch: ch, log: slog.Default()} }

// Publish puts a persistent JSON message on the topic's queue.
func (b *Bus) Publish(ctx context.Context, topic string, payload any) error {
	body, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	return b.ch.PublishWithContext(ctx, "", topic, false, false, amqp.Publishing{
		ContentType:  "application/json",
		DeliveryMode: amqp.Persistent,
		Timestamp:    time.Now(),
		Body:         body,
	})
}

// Workers consumes the extras, leavers and receipts queues.
type Workers struct {
	bus     *Bus
	cards   *cards.Service
	collect *billing.Collector
	bills   *store.Billing
	mail    MailConfig
}

type MailConfig struct{ Addr, From string }

func NewWorkers(bus *Bus, c *cards.Service, collect *billing.Collector, bills *store.Billing, mail MailConfig) *Workers {
	return &Workers{bus: bus, cards: c, collect: collect, bills: bills, mail: mail}
}

func (w *Workers) Run(ctx context.Context) error {
	extras, err := w.bus.ch.Consume("extras", "nurseryd-extras", false, false, false, false, nil)
	if err != nil {
		return err
	}
	leavers, err := w.bus.ch.Consume("leavers", "nurseryd-leavers", false, false, false, false, nil)
	if err != nil {
		return err
	}
	receipts, err := w.bus.ch.Consume("receipts", "nurseryd-receipts", false, false, false, false, nil)
	if err != nil {
		return err
	}
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case d := <-extras:
			w.handleExtra(ctx, d)
		case d := <-leavers:
			w.handleLeaver(ctx, d)
		case d := <-receipts:
			w.handleReceipt(ctx, d)
		}
	}
}

func (w *Workers) handleExtra(ctx context.Context, d amqp.Delivery) {
	var e domain.Extra
	if err := json.Unmarshal(d.Body, &e); err != nil {
		_ = d.Nack(false, false)
		return
	}
	fam, err := w.bills.Family(ctx, e.FamilyID)
	if err != nil {
		_ = d.Nack(false, false)
		return
	}
	pi, err := w.cards.ChargeExtra(ctx, fam, &e)
	if err != nil {
		w.bus.log.Error("charge extra", "extra", e.ID, "err", err)
		_ = w.bills.SetExtraStatus(ctx, e.ID, "failed", "")
		_ = d.Nack(false, false) // audit: lookalike retrybackoff: a failed charge is dead-lettered (requeue=false), not handed straight back to the broker
		return
	}
	_ = w.bills.SetExtraStatus(ctx, e.ID, "charging", pi.ID)
	_ = d.Ack(false)
}

func (w *Workers) handleLeaver(ctx context.Context, d amqp.Delivery) {
	var l domain.Leaver
	if err := json.Unmarshal(d.Body, &l); err != nil {
		_ = d.Nack(false, false)
		return
	}
	if l.StripeIntentID != "" && l.DepositMinor > 0 {
		if _, err := w.cards.RefundDeposit(ctx, l.StripeIntentID, l.DepositMinor); err != nil { // want "\\[idempotency\\] cards\\.Service\\.RefundDeposit \\(stripe refund\\.New\\) is retried by the RabbitMQ" "\\[retrybackoff\\] cards\\.Service\\.RefundDeposit \\(stripe refund\\.New\\) is retried by the RabbitMQ"
			w.bus.log.Error("refund deposit", "child", l.ChildID, "err", err)
			_ = d.Nack(false, true) // audit: reported at queue.go:113 (retrybackoff, the refund call the requeue retries): requeued at once with no wait or cap; the broker redelivers immediately and the refund is retried in a hot loop
			return
		}
	}
	if l.GCPaymentID != "" && l.RefundMinor > 0 {
		if _, err := w.collect.AwaitCollected(ctx, l.GCPaymentID); err != nil {
			w.bus.log.Error("await collection", "child", l.ChildID, "err", err)
			_ = d.Nack(false, false)
			return
		}
		if _, err := w.collect.RefundLeaver(ctx, l); err != nil {
			w.bus.log.Error("refund fees", "child", l.ChildID, "err", err)
			_ = d.Nack(false, false)
			return
		}
	}
	_ = d.Ack(false)
}

func (w *Workers) handleReceipt(ctx context.Context, d amqp.Delivery) {
	var m struct {
		Intent string `json:"intent"`
		Family string `json:"family"`
	}
	if err := json.Unmarshal(d.Body, &m); err != nil {
		_ = d.Nack(false, false)
		return
	}
	fam, err := w.bills.Family(ctx, m.Family)
	if err != nil {
		_ = d.Nack(false, false)
		return
	}
	msg := []byte(fmt.Sprintf("To: %s\r\nSubject: Receipt\r\n\r\nWe have charged your card (ref %s).\r\n", fam.Email, m.Intent))
	err = retry.Do(func() error { // audit: lookalike retrybackoff: a receipt e-mail retried quickly, not a payment call
		return smtp.SendMail(w.mail.Addr, nil, w.mail.From, []string{fam.Email}, msg)
	}, retry.Attempts(3), retry.Delay(100*time.Millisecond), retry.DelayType(retry.FixedDelay), retry.Context(ctx))
	if err != nil {
		_ = d.Nack(false, false)
		return
	}
	_ = d.Ack(false)
}
