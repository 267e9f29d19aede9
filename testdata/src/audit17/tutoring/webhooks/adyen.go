package webhooks

import (
	"encoding/json"
	"log"
	"net/http"
	"strconv"
	"strings"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
	"github.com/hibiken/asynq"

	"audit17/tutoring/store"
)

// Adyen handles Adyen standard notifications.
type Adyen struct {
	hmacKey  string
	bookings *store.Bookings
	events   *store.Events
	queue    *asynq.Client
}

// NewAdyen returns the Adyen notification handler; hmacKey must be set.
func NewAdyen(hmacKey string, b *store.Bookings, ev *store.Events, q *asynq.Client) *Adyen {
	if hmacKey == "" {
		log.Fatal("adyen: empty HMAC key")
	}
	return &Adyen{hmacKey: hmacKey, bookings: b, events: ev, queue: q}
}

type adyenNotification struct {
	Live              string `json:"live"`
	NotificationItems []struct {
		Item webhook.NotificationRequestItem `json:"NotificationRequestItem"`
	} `json:"notificationItems"`
}

// ServeHTTP acknowledges notifications and applies AUTHORISATION results.
func (h *Adyen) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var n adyenNotification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	for _, it := range n.NotificationItems {
		item := it.Item
		if !hmacvalidator.ValidateHmac(item, h.hmacKey) {
			http.Error(w, "bad hmac", http.StatusUnauthorized)
			return
		}
		if item.EventCode != "AUTHORISATION" || item.Success != "true" {
			continue
		}
		fresh, err := h.events.Record(ctx, "adyen", item.PspReference+":"+item.EventCode)
		if err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		if !fresh {
			continue
		}
		id, err := strconv.ParseInt(strings.TrimPrefix(item.MerchantReference, "bk-"), 10, 64)
		if err != nil {
			continue
		}
		b, err := h.bookings.Get(ctx, id)
		if err != nil {
			continue
		}
		if err := h.bookings.MarkPaid(ctx, b.ID); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		if err := h.bookings.GrantCredits(ctx, b.StudentID, b.Credits); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		payload, _ := json.Marshal(map[string]int64{"booking_id": b.ID})
		if _, err := h.queue.EnqueueContext(ctx, asynq.NewTask("room:provision", payload)); err != nil {
			log.Printf("adyen: enqueue room for booking %d: %v", b.ID, err)
		}
	}
	w.Write([]byte("[accepted]"))
}
