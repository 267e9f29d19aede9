package webhooks

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"time"

	"github.com/kataras/iris/v12"
	svix "github.com/svix/svix-webhooks/go"

	"audit16/hosting/store"
)

// ResellerFeed receives the reseller platform's Svix-signed event feed:
// payments resellers collected for credit on accounts they manage.
type ResellerFeed struct {
	wh     *svix.Webhook
	ledger *store.Ledger
	subs   *store.Billing
}

func NewResellerFeed(secret string, ledger *store.Ledger, subs *store.Billing) (*ResellerFeed, error) {
	f := &ResellerFeed{ledger: ledger, subs: subs}
	if secret != "" {
		wh, err := svix.NewWebhook(secret)
		if err != nil {
			return nil, err
		}
		f.wh = wh
	}
	return f, nil
}

type resellerEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		AccountID   string `json:"account_id"`
		PaymentID   string `json:"payment_id"`
		AmountCents int64  `json:"amount_cents"`
		PlanRef     string `json:"plan_ref"`
	} `json:"data"`
}

// Handle processes one delivery of the feed.
func (f *ResellerFeed) Handle(ictx iris.Context) {
	body, err := ictx.GetBody()
	if err != nil {
		ictx.StatusCode(http.StatusBadRequest)
		return
	}
	if f.wh != nil {
		hdr := http.Header{}
		for _, k := range []string{"svix-id", "svix-timestamp", "svix-signature"} {
			hdr.Set(k, ictx.GetHeader(k))
		}
		if err := f.wh.Verify(body, hdr); err != nil {
			ictx.StatusCode(http.StatusUnauthorized)
			return
		}
	}
	var ev resellerEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		ictx.StatusCode(http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	switch ev.Type {
	case "payment.succeeded":
		if err := f.ledger.AddCredit(ctx, ev.Data.AccountID, ev.Data.AmountCents); err != nil { // want "\\[webhookverify\\] payment webhook ResellerFeed.Handle verifies the signature only on some paths" "\\[webhookdedupe\\] webhook handler credits the balance \\(store.Ledger.AddCredit"
			log.Printf("reseller credit %s: %v", ev.Data.PaymentID, err)
			ictx.StatusCode(http.StatusInternalServerError)
			return
		}
	case "server.cancelled":
		if err := f.subs.SetSubscriptionStatus(ctx, ev.Data.PlanRef, "cancelled"); err != nil {
			ictx.StatusCode(http.StatusInternalServerError)
			return
		}
	}
	ictx.StatusCode(http.StatusNoContent)
}
