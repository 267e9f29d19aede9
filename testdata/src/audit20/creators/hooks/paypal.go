package hooks

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
)

type paypalEvent struct {
	ID        string `json:"id"`
	EventType string `json:"event_type"`
	Resource  struct {
		ID       string `json:"id"`
		CustomID string `json:"custom_id"`
		Amount   struct {
			CurrencyCode string `json:"currency_code"`
			Value        string `json:"value"`
		} `json:"amount"`
	} `json:"resource"`
}

// PayPal handles PayPal deliveries for download purchases paid with
// PayPal orders. POST /hooks/paypal
func (h *Handlers) PayPal(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, err := readBody(r)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	if _, err := h.PayPalAPI.VerifyWebhookSignature(ctx, r, h.PayPalWebhookID); err != nil {
		h.Log.Warn("paypal verification call failed", "err", err)
		http.Error(w, "verification", http.StatusBadRequest)
		return
	}
	var ev paypalEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	switch ev.EventType {
	case "PAYMENT.CAPTURE.COMPLETED":
		purchaseID := ev.Resource.CustomID
		if err := h.Purchases.Grant(ctx, purchaseID); err != nil { // want "\\[webhookverify\\] payment webhook Handlers\\.PayPal checks only the error of paypal Client\\.VerifyWebhookSignature,"
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		p, err := h.Purchases.Get(ctx, purchaseID)
		if err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		if err := h.Earnings.Add(ctx, p.CreatorID, cents(ev.Resource.Amount.Value), ev.Resource.Amount.CurrencyCode, "paypal:"+ev.Resource.ID); err != nil { // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(store\\.Earnings\\.Add: pgxpool\\.Pool\\.Exec:"
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	case "PAYMENT.CAPTURE.REFUNDED":
		if err := h.Purchases.MarkRefunded(ctx, ev.Resource.CustomID); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

func cents(v string) int64 {
	whole, frac, _ := strings.Cut(v, ".")
	w, _ := strconv.ParseInt(whole, 10, 64)
	frac = (frac + "00")[:2]
	f, _ := strconv.ParseInt(frac, 10, 64)
	return w*100 + f
}
