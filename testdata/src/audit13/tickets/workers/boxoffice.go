package workers

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/hibiken/asynq"

	"audit13/tickets/adyenpay"
	"audit13/tickets/orders"
	"audit13/tickets/store"
)

// TaskPhoneSale sends a payment link for a box-office phone sale and
// follows it.
const TaskPhoneSale = "boxoffice:phone-sale"

// BoxOffice handles phone sales taken by box-office staff.
type BoxOffice struct {
	Adyen  *adyenpay.Client
	Orders *store.Orders
	Fulfil *orders.Service
	Mail   *orders.Mailer
}

// PhoneSale implements the phone-sale task.
func (b *BoxOffice) PhoneSale(ctx context.Context, t *asynq.Task) error {
	var p struct{ Ref string }
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return asynq.SkipRetry
	}
	o, err := b.Orders.ByRef(ctx, p.Ref)
	if err != nil {
		return err
	}
	link, err := b.Adyen.CreateLink(ctx, o, "link-"+o.Ref)
	if err != nil {
		return err
	}
	if err := b.Mail.SendLink(ctx, o.BuyerEmail, link.URL); err != nil {
		return err
	}
	err = b.Adyen.AwaitLink(ctx, o, link, func(l adyenpay.Link) error {
		return b.Mail.SendLink(ctx, o.BuyerEmail, l.URL)
	})
	if err != nil {
		return fmt.Errorf("phone sale %s: %w", o.Ref, err)
	}
	return b.Fulfil.Fulfill(ctx, o.Ref)
}
