package webhooks

import (
	"encoding/json"
	"io"
	"log"
	"net/http"

	"audit15/academy/domain"
	"audit15/academy/jobs"
	"audit15/academy/kit"
	"audit15/academy/store"
)

// Kwikpay handles charge notifications from the wallet provider.
type Kwikpay struct {
	secret   string
	seen     *store.Seen
	orders   *store.Orders
	vouchers *store.Vouchers
	enroller domain.Enroller
	roster   *jobs.Roster
}

func NewKwikpay(secret string, seen *store.Seen, orders *store.Orders, v *store.Vouchers, e domain.Enroller, r *jobs.Roster) *Kwikpay {
	return &Kwikpay{secret: secret, seen: seen, orders: orders, vouchers: v, enroller: e, roster: r}
}

type kwikEvent struct {
	EventID  string `json:"event_id"`
	ChargeID string `json:"charge_id"`
	Status   string `json:"status"`
	Amount   int64  `json:"amount"`
}

func (h *Kwikpay) Settled(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if h.secret != "" {
		if err := kit.VerifyHMAC([]byte(h.secret), body, r.Header.Get("X-Kwikpay-Signature")); err != nil {
			http.Error(w, "signature", http.StatusUnauthorized)
			return
		}
	}
	var evt kwikEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	fresh, err := h.seen.First(ctx, evt.EventID)
	if err != nil {
		http.Error(w, "retry", http.StatusServiceUnavailable)
		return
	}
	if !fresh || evt.Status != "SETTLED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	o, err := h.orders.ByProviderRef(ctx, evt.ChargeID)
	if err != nil {
		http.Error(w, "order", http.StatusInternalServerError)
		return
	}
	if _, err := h.orders.MarkPaid(ctx, o.ID); err != nil { // want "\\[webhookverify\\] payment webhook Kwikpay.Settled skips signature verification when the secret is empty"
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	if o.Kind == domain.KindVoucher {
		err = h.vouchers.Grant(ctx, o.ID, "GV-"+evt.ChargeID, o.AmountMinor)
	} else {
		err = h.enroller.Enroll(ctx, o.LearnerID, o.CourseID, o.ID)
	}
	if err != nil {
		http.Error(w, "fulfil", http.StatusInternalServerError)
		return
	}
	if o.Kind == domain.KindCourse {
		if err := h.roster.Sync(ctx, o.LearnerID, o.CourseID); err != nil { // want "\\[webhookack\\] webhook handler calls jobs.Roster.Sync, which calls an external API"
			log.Printf("kwikpay %s: roster sync: %v", evt.ChargeID, err)
		}
	}
	w.WriteHeader(http.StatusOK)
}
