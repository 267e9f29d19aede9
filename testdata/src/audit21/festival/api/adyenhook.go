package api

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
	"github.com/fasthttp/router"
	"github.com/valyala/fasthttp"

	"audit21/festival/platform"
	"audit21/festival/store"
)

// AdyenHooks receives Adyen's standard notifications.
type AdyenHooks struct {
	hmacKey string
	topUps  *store.TopUps
	wallets *store.Wallets
	events  *store.Events
	mail    *platform.Mailer
	log     *slog.Logger
}

// NewAdyenHooks builds the notification handler. The HMAC key is set per
// environment; local stacks run without one.
func NewAdyenHooks(hmacKey string, topUps *store.TopUps, wallets *store.Wallets, events *store.Events, mail *platform.Mailer, log *slog.Logger) *AdyenHooks {
	return &AdyenHooks{hmacKey: hmacKey, topUps: topUps, wallets: wallets, events: events, mail: mail, log: log}
}

// Mount registers the endpoint.
func (h *AdyenHooks) Mount(r *router.Router) {
	r.POST("/hooks/adyen", h.notify)
}

func (h *AdyenHooks) notify(fctx *fasthttp.RequestCtx) {
	n, err := webhook.HandleRequest(string(fctx.PostBody()))
	if err != nil {
		fctx.Error("bad payload", fasthttp.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, item := range n.GetNotificationItems() {
		if h.hmacKey != "" && !hmacvalidator.ValidateHmac(*item, h.hmacKey) {
			h.log.WarnContext(ctx, "adyen hmac mismatch", "psp", item.PspReference)
			fctx.Error("invalid hmac", fasthttp.StatusUnauthorized)
			return
		}
		if item.EventCode != "AUTHORISATION" || item.Success != "true" {
			continue
		}
		first, err := h.events.Record(ctx, "adyen", item.PspReference+":"+item.EventCode)
		if err != nil {
			fctx.Error("try later", fasthttp.StatusBadGateway)
			return
		}
		if !first {
			continue
		}
		t, err := h.topUps.ByID(ctx, item.MerchantReference)
		if err != nil {
			h.log.WarnContext(ctx, "notification for unknown top-up", "ref", item.MerchantReference)
			continue
		}
		if err := h.topUps.MarkPaid(ctx, t.ID); err != nil { // want "\\[webhookverify\\] payment webhook /hooks/adyen skips signature verification when the secret"
			fctx.Error("try later", fasthttp.StatusBadGateway)
			return
		}
		if err := h.wallets.Credit(ctx, t.WristbandID, t.AmountCents, item.PspReference); err != nil { // audit: lookalike webhookdedupe: the credit runs only for a notification whose pspReference+eventCode was inserted into provider_events for the first time (unique _id, duplicate-key checked)
			fctx.Error("try later", fasthttp.StatusBadGateway)
			return
		}
		w, err := h.wallets.Wristband(ctx, t.WristbandID)
		if err == nil && w.Email != "" {
			body := fmt.Sprintf("We added €%s to wristband %s.", t.AmountCents.Decimal(), w.UID)
			if err := h.mail.Send(w.Email, "Top-up received", body); err != nil { // want "\\[webhookack\\] webhook handler calls platform\\.Mailer\\.Send, which sends a message \\(smtp\\.SendMail\\)"
				h.log.WarnContext(ctx, "receipt mail", "err", err)
			}
		}
	}
	fctx.SetBodyString("[accepted]")
}
