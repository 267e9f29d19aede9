package webhooks

import (
	"context"
	"log"

	"github.com/braintree-go/braintree-go"
	"github.com/kataras/iris/v12"

	"audit17/printshop/store"
)

// Alerter tells the ops team about payment problems.
type Alerter interface {
	Send(ctx context.Context, to, subject, body string) error
}

// Braintree handles Braintree (PayPal) webhook notifications.
type Braintree struct {
	bt     *braintree.Braintree
	log    *store.Notifications
	alerts Alerter
	opsTo  string
}

// NewBraintree returns the Braintree notification handler.
func NewBraintree(bt *braintree.Braintree, log *store.Notifications, alerts Alerter, opsTo string) *Braintree {
	return &Braintree{bt: bt, log: log, alerts: alerts, opsTo: opsTo}
}

// Mount registers the notification route on the iris app.
func (h *Braintree) Mount(app *iris.Application) {
	app.Post("/webhooks/braintree", h.notify)
}

func (h *Braintree) notify(ctx iris.Context) {
	n, err := h.bt.WebhookNotification().Parse(ctx.FormValue("bt_signature"), ctx.FormValue("bt_payload"))
	if err != nil {
		ctx.StatusCode(400)
		return
	}
	c := context.Background()
	fresh, err := h.log.Record(c, "braintree", n.Kind, n.Timestamp)
	if err != nil {
		ctx.StatusCode(500)
		return
	}
	if !fresh {
		ctx.StatusCode(200)
		return
	}
	switch n.Kind {
	case "dispute_opened", "transaction_settlement_declined":
		if err := h.alerts.Send(c, h.opsTo, "Braintree: "+n.Kind, "A PayPal payment needs attention: "+n.Kind+" at "+n.Timestamp.String()); err != nil {
			log.Printf("braintree alert: %v", err)
		}
	}
	ctx.StatusCode(200)
}
