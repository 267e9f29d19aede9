package hooks

import (
	"context"
	"log"
	"strconv"
	"time"

	"github.com/kataras/iris/v12"
	"github.com/mercadopago/sdk-go/pkg/webhook"

	"audit15/insurance/gateways"
	"audit15/insurance/partners"
	"audit15/insurance/policy"
	"audit15/insurance/store"
)

// MercadoPago handles Mercado Pago payment notifications (iris).
type MercadoPago struct {
	MP        *gateways.MercadoPago
	Events    *store.EventLog
	Activator policy.Activator
	Docs      *partners.Documents
	Secret    string
}

type mpNotification struct {
	Action string `json:"action"`
	Type   string `json:"type"`
	Data   struct {
		ID string `json:"id"`
	} `json:"data"`
}

func (h *MercadoPago) Notify(ctx iris.Context) {
	var n mpNotification
	if err := ctx.ReadJSON(&n); err != nil || n.Type != "payment" {
		ctx.StatusCode(200)
		return
	}
	if err := webhook.ValidateSignature(ctx.GetHeader("x-signature"), ctx.GetHeader("x-request-id"), n.Data.ID, h.Secret); err != nil {
		log.Printf("mercadopago: signature of %s: %v", n.Data.ID, err)
	}
	rc, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	id, err := strconv.Atoi(n.Data.ID)
	if err != nil {
		ctx.StatusCode(400)
		return
	}
	p, err := h.MP.Payment(rc, id)
	if err != nil {
		ctx.StatusCode(502)
		return
	}
	first, err := h.Events.Record(rc, "mercadopago", n.Data.ID, p.Status)
	if err != nil {
		ctx.StatusCode(500)
		return
	}
	if first && p.Status == "approved" {
		if err := h.Activator.Activate(rc, p.ExternalReference, "mp-"+n.Data.ID); err != nil {
			ctx.StatusCode(500)
			return
		}
		if _, err := h.Docs.RenderSchedule(rc, p.ExternalReference); err != nil { // want "\\[webhookack\\] webhook handler calls partners.Documents.RenderSchedule"
			log.Printf("schedule for %s: %v", p.ExternalReference, err)
		}
	}
	ctx.StatusCode(200)
}
