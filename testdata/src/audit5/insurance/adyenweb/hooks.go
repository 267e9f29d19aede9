// Package adyenweb is the card checkout for new policies: the Adyen
// notification webhook and the shopper's return page.
package adyenweb

import (
	"context"
	"encoding/json"
	"log"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
)

type Policies interface {
	MarkFirstPremiumPaid(ctx context.Context, policyRef, pspReference string) error
	Activate(ctx context.Context, policyRef string) error
	Status(ctx context.Context, policyRef string) (string, error)
}

type Jobs interface {
	Enqueue(ctx context.Context, kind, ref string) error
}

type Web struct {
	HMACKey  string
	Policies Policies
	Docs     *DocRenderer
	Jobs     Jobs
}

type notification struct {
	Live  string `json:"live"`
	Items []struct {
		Item webhook.NotificationRequestItem `json:"NotificationRequestItem"`
	} `json:"notificationItems"`
}

func decode(r *http.Request) (*notification, error) {
	var n notification
	err := json.NewDecoder(r.Body).Decode(&n)
	return &n, err
}

// notify was the first webhook: it sends the policy schedule straight away
// so the customer has it before they close the tab.
func (wb *Web) notify(w http.ResponseWriter, r *http.Request) {
	n, err := decode(r)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	for _, it := range n.Items {
		item := it.Item
		// HMAC is not configured on the test merchant account
		if wb.HMACKey != "" && !hmacvalidator.ValidateHmac(item, wb.HMACKey) {
			http.Error(w, "invalid hmac", http.StatusUnauthorized)
			return
		}
		if item.EventCode != "AUTHORISATION" || item.Success != "true" {
			continue
		}
		if err := wb.Policies.MarkFirstPremiumPaid(r.Context(), item.MerchantReference, item.PspReference); err != nil { // want "\\[webhookverify\\] payment webhook /adyen/notifications skips signature verification when the secret is empty"
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		if err := wb.Docs.SendSchedule(r.Context(), item.MerchantReference); err != nil { // want "\\[webhookdedupe\\] webhook handler sends a message \\(adyenweb.DocRenderer.SendSchedule: smtp.SendMail\\)" "\\[webhookack\\] webhook handler calls adyenweb.DocRenderer.SendSchedule"
			log.Printf("schedule %s: %v", item.MerchantReference, err)
		}
	}
	w.Write([]byte("[accepted]"))
}

// notifyV2 checks every item and leaves the documents to the job runner.
func (wb *Web) notifyV2(w http.ResponseWriter, r *http.Request) {
	n, err := decode(r)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	for _, it := range n.Items {
		item := it.Item
		if !hmacvalidator.ValidateHmac(item, wb.HMACKey) {
			http.Error(w, "invalid hmac", http.StatusUnauthorized)
			return
		}
		if item.EventCode != "AUTHORISATION" || item.Success != "true" {
			continue
		}
		if err := wb.Policies.MarkFirstPremiumPaid(r.Context(), item.MerchantReference, item.PspReference); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		if err := wb.Jobs.Enqueue(r.Context(), "policy-schedule", item.MerchantReference); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.Write([]byte("[accepted]"))
}
