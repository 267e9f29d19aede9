package api

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/RichardKnop/machinery/v1"
	"github.com/RichardKnop/machinery/v1/tasks"
	"github.com/beego/beego/v2/server/web"
	beecontext "github.com/beego/beego/v2/server/web/context"
	"github.com/plutov/paypal/v4"

	"audit21/festival/tickets"
)

// TaskIssueTickets mails the tickets of a paid order.
const TaskIssueTickets = "tickets.issue"

// PayPalRoutes serves the ticket shop's PayPal endpoints on beego.
type PayPalRoutes struct {
	PP        *paypal.Client
	WebhookID string
	Shop      *tickets.Shop
	Queue     *machinery.Server
	Log       *slog.Logger
}

type paypalEvent struct {
	ID        string `json:"id"`
	EventType string `json:"event_type"`
	Resource  struct {
		ID       string `json:"id"`
		Status   string `json:"status"`
		CustomID string `json:"custom_id"`
	} `json:"resource"`
}

// Mount registers the routes.
func (p *PayPalRoutes) Mount() {
	web.Post("/hooks/paypal", p.webhook)
	web.Get("/vip/return", p.vipReturn)
}

func (p *PayPalRoutes) webhook(ctx *beecontext.Context) {
	c := ctx.Request.Context()
	if _, err := p.PP.VerifyWebhookSignature(c, ctx.Request, p.WebhookID); err != nil {
		p.Log.WarnContext(c, "paypal webhook verification failed", "err", err)
		ctx.Abort(http.StatusBadRequest, "verification failed")
		return
	}
	var ev paypalEvent
	if err := json.Unmarshal(ctx.Input.RequestBody, &ev); err != nil {
		ctx.Abort(http.StatusBadRequest, "bad payload")
		return
	}
	if ev.EventType != "PAYMENT.CAPTURE.COMPLETED" {
		ctx.Output.SetStatus(http.StatusOK)
		return
	}
	o, err := p.Shop.Orders().Get(c, ev.Resource.CustomID)
	if err != nil || o.Status != tickets.OrderCreated {
		ctx.Output.SetStatus(http.StatusOK)
		return
	}
	if err := p.Shop.Orders().SetStatus(c, o.ID, tickets.OrderPaid); err != nil { // want "\\[webhookverify\\] payment webhook /hooks/paypal checks only the error of paypal Client\\.VerifyWebhookSignature,"
		ctx.Abort(http.StatusInternalServerError, "retry")
		return
	}
	sig := &tasks.Signature{Name: TaskIssueTickets, Args: []tasks.Arg{{Name: "orderID", Type: "string", Value: o.ID}}}
	if _, err := p.Queue.SendTaskWithContext(c, sig); err != nil {
		p.Log.ErrorContext(c, "queue tickets", "order", o.ID, "err", err)
	}
	ctx.Output.SetStatus(http.StatusOK)
}

// vipReturn is the return_url of a VIP upgrade bought online.
func (p *PayPalRoutes) vipReturn(ctx *beecontext.Context) {
	c := context.Background()
	o, err := p.Shop.Orders().ByPayPalOrder(c, ctx.Input.Query("token"))
	if err != nil {
		ctx.Abort(http.StatusNotFound, "unknown order")
		return
	}
	if o.Status == tickets.OrderCreated {
		if err := p.Shop.Capture(c, o); err != nil { // audit: lookalike redirectfulfill: Capture captures the order at PayPal and stores it paid and issues it only when the capture answers COMPLETED
			p.Log.WarnContext(c, "vip capture", "order", o.ID, "err", err)
			ctx.WriteString("We could not complete your upgrade. You have not been charged.")
			return
		}
	}
	ctx.WriteString("Welcome to the VIP area!")
}
