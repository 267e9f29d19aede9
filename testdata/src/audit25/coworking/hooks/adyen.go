// Package hooks receives the providers' notifications.
package hooks

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
	"github.com/hibiken/asynq"

	"audit25/coworking/store"
)

// Adyen handles Standard notifications for the card flows.
type Adyen struct {
	hmacKey  string
	bookings *store.Bookings
	billing  *store.Billing
	queue    *asynq.Client
	log      *slog.Logger
}

func NewAdyen(hmacKey string, bookings *store.Bookings, billing *store.Billing, queue *asynq.Client, log *slog.Logger) *Adyen {
	if hmacKey == "" {
		log.Warn("ADYEN_HMAC_KEY not set; notification signatures will not be checked")
	}
	return &Adyen{hmacKey: hmacKey, bookings: bookings, billing: billing, queue: queue, log: log}
}

func (h *Adyen) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	n, err := webhook.HandleRequest(string(body))
	if err != nil {
		http.Error(w, "decode", http.StatusBadRequest)
		return
	}
	for _, item := range n.GetNotificationItems() {
		if h.hmacKey != "" && !hmacvalidator.ValidateHmac(*item, h.hmacKey) {
			h.log.Warn("adyen notification with bad hmac", "psp", item.PspReference)
			continue
		}
		if err := h.apply(r.Context(), item); err != nil { // want "\\[webhookverify\\] payment webhook Adyen\\.ServeHTTP skips signature verification when the secret"
			h.log.Error("adyen notification", "psp", item.PspReference, "err", err)
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	_, _ = w.Write([]byte("[accepted]"))
}

func (h *Adyen) apply(ctx context.Context, item *webhook.NotificationRequestItem) error {
	if item.Success != "true" {
		return nil
	}
	switch item.EventCode {
	case "AUTHORISATION":
		fresh, err := h.bookings.RecordPayment(ctx, item.MerchantReference, item.PspReference, item.Amount.Value, item.Amount.Currency) // audit: lookalike webhookdedupe: ON CONFLICT (psp_reference) DO NOTHING and rows affected decide whether this delivery is new
		if err != nil || !fresh {
			return err
		}
		if err := h.bookings.Confirm(ctx, item.MerchantReference, item.PspReference); err != nil { // audit: reported at hooks/adyen.go:50, the fail-open check (webhookverify): the HMAC check is skipped when ADYEN_HMAC_KEY is empty and NewAdyen only warns, so a forged AUTHORISATION confirms a booking and issues a door code
			return err
		}
		payload, _ := json.Marshal(map[string]string{"booking_id": item.MerchantReference})
		_, err = h.queue.EnqueueContext(ctx, asynq.NewTask("booking:receipt", payload), asynq.TaskID("receipt-"+item.PspReference)) // audit: lookalike webhookack: the receipt mail is queued; the worker sends it after we answered
		return err
	case "CAPTURE":
		return h.billing.SetDepositStatus(ctx, item.MerchantReference, "captured")
	case "REFUND":
		return h.bookings.SetStatus(ctx, item.MerchantReference, "refunded", "")
	}
	return nil
}
