package workers

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strconv"
	"time"

	"github.com/mercadopago/sdk-go/pkg/payment"
	amqp "github.com/rabbitmq/amqp091-go"

	"audit24/pharmacy24/platform"
	"audit24/pharmacy24/razorpayx"
	"audit24/pharmacy24/store"
)

type payoutMessage struct {
	PayoutID      string `json:"payout_id"`
	FundAccountID string `json:"fund_account_id"`
	AmountMinor   int64  `json:"amount_minor"`
	Currency      string `json:"currency"`
}

// ManualPayouts consumes payouts approved by finance in the back office.
type ManualPayouts struct {
	ch     *amqp.Channel
	x      *razorpayx.Client
	ledger *store.Ledger
	log    *slog.Logger
}

func NewManualPayouts(ch *amqp.Channel, x *razorpayx.Client, ledger *store.Ledger) *ManualPayouts {
	return &ManualPayouts{ch: ch, x: x, ledger: ledger, log: slog.Default()}
}

func (m *ManualPayouts) Run(ctx context.Context) error {
	msgs, err := m.ch.Consume("payouts.manual", "pharmacyd", false, false, false, false, nil)
	if err != nil {
		return err
	}
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case d, ok := <-msgs:
			if !ok {
				return errors.New("payouts.manual: channel closed")
			}
			m.handle(ctx, d)
		}
	}
}

func (m *ManualPayouts) handle(ctx context.Context, d amqp.Delivery) {
	var msg payoutMessage
	if err := json.Unmarshal(d.Body, &msg); err != nil {
		_ = d.Reject(false)
		return
	}
	var res *razorpayx.PayoutResult
	err := platform.DoHTTP(ctx, 3, 2*time.Second, func(ctx context.Context) (int, error) {
		var err error
		res, err = m.x.CreatePayout(ctx, razorpayx.Payout{
			FundAccountID:  msg.FundAccountID,
			Amount:         msg.AmountMinor,
			Currency:       msg.Currency,
			Mode:           "NEFT",
			Purpose:        "payout",
			ReferenceID:    msg.PayoutID,
			IdempotencyKey: "payout-" + msg.PayoutID, // audit: lookalike idempotency: the key comes from the message's payout id, the same on every attempt and every redelivery
		})
		return 200, err
	})
	if err != nil {
		var se *platform.StatusError
		if errors.As(err, &se) && !platform.Transient(se.Code) {
			m.log.Error("payout refused", "payout", msg.PayoutID, "status", se.Code)
			_ = d.Reject(false)
			return
		}
		_ = d.Nack(false, true) // want "\\[retrybackoff\\] razorpayx\\.Client\\.CreatePayout \\(POST /payouts\\) is retried by platform\\.DoHTTP \\(line 63\\) and, once that gives up, by the RabbitMQ requeue d\\.Nack\\(false, true\\) with no wait before the next delivery"
		return
	}
	_ = m.ledger.SetPayoutStatus(ctx, msg.PayoutID, res.Status, res.ID)
	_ = d.Ack(false)
}

// MPPayments reads the payments Mercado Pago notified about and stores
// their state.
type MPPayments struct {
	ch     *amqp.Channel
	mp     payment.Client
	orders *store.Orders
	log    *slog.Logger
}

func NewMPPayments(ch *amqp.Channel, mp payment.Client, orders *store.Orders) *MPPayments {
	return &MPPayments{ch: ch, mp: mp, orders: orders, log: slog.Default()}
}

func (w *MPPayments) Run(ctx context.Context) error {
	msgs, err := w.ch.Consume("mp.payments", "pharmacyd", false, false, false, false, nil)
	if err != nil {
		return err
	}
	for d := range msgs {
		var m struct {
			PaymentID string `json:"payment_id"`
		}
		if err := json.Unmarshal(d.Body, &m); err != nil {
			_ = d.Reject(false)
			continue
		}
		id, _ := strconv.Atoi(m.PaymentID)
		p, err := w.mp.Get(ctx, id)
		if err != nil {
			w.log.Warn("mp get", "payment", id, "err", err)
			_ = d.Reject(false) // dead-lettered, replayed by the DLX after 60s
			continue
		}
		switch p.Status {
		case "approved":
			err = w.orders.MarkPaid(ctx, p.ExternalReference, m.PaymentID)
		case "rejected", "cancelled":
			err = w.orders.SetStatus(ctx, p.ExternalReference, store.StatusRejected)
		case "refunded", "charged_back":
			err = w.orders.SetStatus(ctx, p.ExternalReference, store.StatusRefunded)
		}
		if err != nil {
			_ = d.Reject(false)
			continue
		}
		_ = d.Ack(false)
	}
	return nil
}
