package jobs

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	amqp "github.com/rabbitmq/amqp091-go"

	"audit23/solarpayg/billing"
	"audit23/solarpayg/domain"
	"audit23/solarpayg/flutterwave"
	"audit23/solarpayg/platform"
	"audit23/solarpayg/store"
)

// Consumers runs the queue workers.
type Consumers struct {
	ch      *amqp.Channel
	flw     *flutterwave.Client
	ledger  *store.Ledger
	rec     *billing.Reconciler
	ug      *billing.UgandaCollector
	devices *store.Devices
}

// NewConsumers builds the workers on one channel.
func NewConsumers(ch *amqp.Channel, flw *flutterwave.Client, l *store.Ledger, rec *billing.Reconciler, ug *billing.UgandaCollector, d *store.Devices) *Consumers {
	return &Consumers{ch: ch, flw: flw, ledger: l, rec: rec, ug: ug, devices: d}
}

// Run consumes every queue until ctx ends.
func (c *Consumers) Run(ctx context.Context) error {
	payouts, err := c.ch.Consume("payouts.ug", "solarpaygd", false, false, false, false, nil)
	if err != nil {
		return err
	}
	stk, err := c.ch.Consume("stk.reconcile", "solarpaygd", false, false, false, false, nil)
	if err != nil {
		return err
	}
	charges, err := c.ch.Consume("flw.charges", "solarpaygd", false, false, false, false, nil)
	if err != nil {
		return err
	}
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case d := <-payouts:
			c.payout(ctx, d)
		case d := <-stk:
			c.reconcile(d)
		case d := <-charges:
			c.charge(ctx, d)
		}
	}
}

type payoutMsg struct {
	PayoutID string `json:"payout_id"`
}

func (c *Consumers) payout(ctx context.Context, d amqp.Delivery) {
	var m payoutMsg
	if err := json.Unmarshal(d.Body, &m); err != nil {
		_ = d.Reject(false)
		return
	}
	po, err := c.ledger.Payout(ctx, m.PayoutID)
	if err != nil || po.Status != domain.PayoutPending {
		_ = d.Ack(false)
		return
	}
	id, err := c.flw.CreateTransfer(ctx, flutterwave.Transfer{ // want "\\[idempotency\\] flutterwave\\.Client\\.CreateTransfer \\(POST /transfers\\) is retried by the RabbitMQ" "\\[retrybackoff\\] flutterwave\\.Client\\.CreateTransfer \\(POST /transfers\\) is retried by the RabbitMQ"
		AccountBank:   "MPS",
		AccountNumber: po.MSISDN,
		Amount:        float64(po.Amount),
		Currency:      "UGX",
		DebitCurrency: "UGX",
		Narration:     "SolarPAYG weekly commission",
		Reference:     fmt.Sprintf("po-%s-%d", po.ID, time.Now().UnixNano()),
	})
	if err != nil { // want "\\[retrystatus\\] flutterwave\\.Client\\.CreateTransfer \\(POST /transfers\\) is retried by the RabbitMQ"
		platform.Logger.Warn("flutterwave transfer", "payout", po.ID, "err", err)
		_ = d.Nack(false, true) // audit: reported at jobs/consumers.go:76, the retried transfer (retrybackoff): the failed transfer goes straight back on the queue with no wait and no cap; RabbitMQ redelivers it at once (also arguable as retrystatus: every non-2xx of CreateTransfer, 4xx included, is requeued)
		return
	}
	if err := c.ledger.MarkPayout(ctx, po.ID, domain.PayoutProcessing, fmt.Sprint(id)); err != nil {
		platform.Logger.Error("mark payout", "payout", po.ID, "err", err)
	}
	_ = d.Ack(false)
}

type reconcileMsg struct {
	Reference  string `json:"reference"`
	CheckoutID string `json:"checkout_request_id"`
}

func (c *Consumers) reconcile(d amqp.Delivery) {
	var m reconcileMsg
	if err := json.Unmarshal(d.Body, &m); err != nil {
		_ = d.Reject(false)
		return
	}
	// The message must not be tied to the consumer's lifetime: a push that is
	// still pending is reconciled to the end.
	if err := c.rec.Await(context.Background(), m.Reference, m.CheckoutID); err != nil { // want "\\[pollbound\\] billing\\.Reconciler\\.Await polls payment checkoutID \\(mpesa\\.go:156\\) until the"
		platform.Logger.Error("reconcile", "ref", m.Reference, "err", err)
		_ = d.Nack(false, false)
		return
	}
	_ = d.Ack(false)
}

type chargeMsg struct {
	TxRef string `json:"tx_ref"`
	ID    int64  `json:"id"`
}

func (c *Consumers) charge(ctx context.Context, d amqp.Delivery) {
	var m chargeMsg
	if err := json.Unmarshal(d.Body, &m); err != nil {
		_ = d.Reject(false)
		return
	}
	if err := c.ug.ConfirmCharge(ctx, m.TxRef, m.ID); err != nil {
		platform.Logger.Error("confirm charge", "ref", m.TxRef, "err", err)
		_ = d.Nack(false, false) // audit: lookalike retrybackoff: the failure is dead-lettered (requeue=false), not redelivered at once; and the work is a status read, not a payment write
		return
	}
	_ = d.Ack(false)
}

// WaitOnline waits for a device to check in over GSM after a token was sent
// remotely, so support can tell the customer it took.
func WaitOnline(ctx context.Context, devices *store.Devices, deviceID string, since time.Time) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, 45*time.Second)
	defer cancel()
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		seen, err := devices.Heartbeat(ctx, deviceID) // audit: lookalike pollinterval: a device heartbeat in our own Mongo, no payment status; polled each second for 45s at most
		if err == nil && seen.After(since) {
			return true, nil
		}
		select {
		case <-ctx.Done():
			return false, nil
		case <-t.C:
		}
	}
}
