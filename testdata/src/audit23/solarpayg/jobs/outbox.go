package jobs

import (
	"context"
	"encoding/json"
	"fmt"

	amqp "github.com/rabbitmq/amqp091-go"

	"audit23/solarpayg/domain"
)

// Outbox queues customer messages for the SMS worker.
type Outbox struct {
	ch *amqp.Channel
}

// NewOutbox builds the outbox.
func NewOutbox(ch *amqp.Channel) *Outbox { return &Outbox{ch: ch} }

// SendToken queues the unlock code SMS.
func (o *Outbox) SendToken(ctx context.Context, msisdn string, tok *domain.Token) error {
	body, _ := json.Marshal(map[string]string{
		"to":   msisdn,
		"text": fmt.Sprintf("SolarPAYG: your code is %s (%d days). Type it on your keypad.", tok.Code, tok.Days),
	})
	return o.ch.PublishWithContext(ctx, "", "sms.out", false, false, amqp.Publishing{ContentType: "application/json", Body: body})
}

// PublishPayouts queues this week's Ugandan payouts for the transfer worker.
func (o *Outbox) PublishPayouts(ctx context.Context, rows []domain.Payout) error {
	for _, po := range rows {
		body, _ := json.Marshal(map[string]string{"payout_id": po.ID})
		if err := o.ch.PublishWithContext(ctx, "", "payouts.ug", false, false, amqp.Publishing{ContentType: "application/json", Body: body, MessageId: po.ID}); err != nil {
			return err
		}
	}
	return nil
}
