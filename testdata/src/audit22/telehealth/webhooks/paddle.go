package webhooks

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strings"

	"github.com/cloudwego/hertz/pkg/app"

	"audit22/telehealth/platform"
)

// ClinicLedger is the clinic subscription ledger.
type ClinicLedger interface {
	ExtendClinicTerm(ctx context.Context, clinicID string, seats int) error
}

// Paddle handles Paddle Billing notifications for clinic seats.
type Paddle struct {
	secret string
	ledger ClinicLedger
}

// NewPaddle refuses to start without the notification secret.
func NewPaddle(secret string, l ClinicLedger) (*Paddle, error) {
	if secret == "" {
		return nil, errors.New("webhooks: paddle secret is required")
	}
	return &Paddle{secret: secret, ledger: l}, nil
}

type paddleEvent struct {
	EventID   string `json:"event_id"`
	EventType string `json:"event_type"`
	Data      struct {
		ID             string         `json:"id"`
		Status         string         `json:"status"`
		SubscriptionID string         `json:"subscription_id"`
		Origin         string         `json:"origin"`
		CustomData     map[string]any `json:"custom_data"`
	} `json:"data"`
}

// verifyPaddle checks a "ts=...;h1=..." Paddle-Signature header.
func verifyPaddle(secret string, body []byte, header string) error {
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
	if ts == "" || !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(h1)) {
		return platform.ErrBadSignature
	}
	return nil
}

// Handle receives transaction.completed for seat subscriptions, first
// purchases and monthly renewals alike.
func (h *Paddle) Handle(c context.Context, ctx *app.RequestContext) {
	body := ctx.GetRawData()
	if err := verifyPaddle(h.secret, body, string(ctx.GetHeader("Paddle-Signature"))); err != nil {
		ctx.AbortWithStatus(401)
		return
	}
	var evt paddleEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		ctx.AbortWithStatus(400)
		return
	}
	if evt.EventType != "transaction.completed" || evt.Data.SubscriptionID == "" {
		ctx.SetStatusCode(200)
		return
	}
	clinicID, _ := evt.Data.CustomData["clinic_id"].(string)
	seats, _ := evt.Data.CustomData["seats"].(float64)
	if err := h.ledger.ExtendClinicTerm(c, clinicID, int(seats)); err != nil { // audit: reported at cmd/telehealthd/main.go:93 (webhookdedupe, where main binds ClinicLedger to store.Ledger): paid_through moves forward a month on every delivery of the same transaction.completed, nothing records evt.EventID or the transaction id first
		ctx.AbortWithStatus(500)
		return
	}
	ctx.SetStatusCode(200)
}
