package hooks

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"

	"audit19/giftcards/domain"
)

// Adyen handles Adyen standard notifications (Apple Pay payments).
type Adyen struct {
	hmacKey string
	orders  domain.OrderStore
	issuer  domain.CardIssuer
	mailer  domain.Mailer
}

// NewAdyen builds the Adyen notification handler.
func NewAdyen(hmacKey string, orders domain.OrderStore, issuer domain.CardIssuer, mailer domain.Mailer) (*Adyen, error) {
	if hmacKey == "" {
		return nil, fmt.Errorf("adyen: empty HMAC key")
	}
	return &Adyen{hmacKey: hmacKey, orders: orders, issuer: issuer, mailer: mailer}, nil
}

type adyenNotification struct {
	NotificationItems []struct {
		Item webhook.NotificationRequestItem `json:"NotificationRequestItem"`
	} `json:"notificationItems"`
}

// ServeHTTP is mounted on POST /hooks/adyen.
func (h *Adyen) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var n adyenNotification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	for _, ni := range n.NotificationItems {
		item := ni.Item
		if !hmacvalidator.ValidateHmac(item, h.hmacKey) {
			http.Error(w, "invalid hmac", http.StatusUnauthorized)
			return
		}
		if item.Success != "true" {
			continue
		}
		switch item.EventCode {
		case "AUTHORISATION":
			if err := h.orders.MarkPaid(ctx, item.MerchantReference); err != nil {
				http.Error(w, "store", http.StatusInternalServerError)
				return
			}
			if err := h.issuer.IssueCards(ctx, item.MerchantReference); err != nil { // audit: reported at hooks/adyen.go:65 (one report per handler): IssueCards (domain.CardIssuer bound in main to issuing.Issuer: resty POST to the code service, HTTP render, SMTP) runs before the handler answers [accepted] (Exirom guide, "Processing webhook before responding 200")
				log.Printf("adyen: issue %s: %v", item.MerchantReference, err)
			}
		case "REFUND":
			if err := h.refunded(ctx, item); err != nil { // want "\\[webhookdedupe\\] webhook handler sends a message \\(hooks.Adyen.refunded: domain.Mailer.SendEmail\\) on every delivery" "\\[webhookack\\] webhook handler calls hooks.Adyen.refunded, which sends a message"
				http.Error(w, "refund", http.StatusInternalServerError)
				return
			}
		}
	}
	w.Write([]byte("[accepted]"))
}

func (h *Adyen) refunded(ctx context.Context, item webhook.NotificationRequestItem) error {
	o, err := h.orders.Get(ctx, item.MerchantReference)
	if err != nil {
		return err
	}
	body := fmt.Sprintf("We refunded %d.%02d %s for order %s. Your gift cards have been cancelled.",
		item.Amount.Value/100, item.Amount.Value%100, item.Amount.Currency, o.ID)
	return h.mailer.SendEmail(ctx, o.Email, "Your refund", body)
}
