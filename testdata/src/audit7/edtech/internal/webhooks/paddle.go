package webhooks

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
)

// PaddleOrders is the billing side of a Paddle event.
type PaddleOrders interface {
	MarkPaid(ctx context.Context, txnID string) error
}

// GiftCardCredits tops up gift cards bought through Paddle.
type GiftCardCredits interface {
	Credit(ctx context.Context, code string, cents int64) error
}

// Paddle handles Paddle Billing notifications.
type Paddle struct {
	Secret    string // empty on preview environments
	Orders    PaddleOrders
	GiftCards GiftCardCredits
}

type paddleEvent struct {
	EventID   string `json:"event_id"`
	EventType string `json:"event_type"`
	Data      struct {
		ID         string            `json:"id"`
		Status     string            `json:"status"`
		CustomData map[string]string `json:"custom_data"`
		Details    struct {
			Totals struct {
				GrandTotal int64 `json:"grand_total,string"`
			} `json:"totals"`
		} `json:"details"`
	} `json:"data"`
}

// Handle is mounted at POST /webhooks/paddle.
func (p *Paddle) Handle(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if p.Secret != "" {
		if err := verifyPaddle(body, r.Header.Get("Paddle-Signature"), p.Secret); err != nil {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
	}
	var evt paddleEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if evt.EventType != "transaction.completed" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := p.Orders.MarkPaid(r.Context(), evt.Data.ID); err != nil { // want "\\[webhookverify\\] payment webhook Paddle.Handle skips signature verification when the secret is empty"
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if code := evt.Data.CustomData["gift_card_code"]; code != "" {
		if err := p.GiftCards.Credit(r.Context(), code, evt.Data.Details.Totals.GrandTotal); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance"
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// verifyPaddle checks "ts=…;h1=…": HMAC-SHA256 of "ts:body".
func verifyPaddle(body []byte, header, secret string) error {
	var ts, h1 string
	for _, part := range strings.Split(header, ";") {
		k, v, _ := strings.Cut(part, "=")
		switch k {
		case "ts":
			ts = v
		case "h1":
			h1 = v
		}
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(ts + ":"))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(h1)) {
		return errors.New("paddle: signature mismatch")
	}
	return nil
}
