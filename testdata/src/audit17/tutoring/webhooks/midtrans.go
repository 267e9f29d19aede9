package webhooks

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/hibiken/asynq"

	"audit17/tutoring/store"
)

// Midtrans handles Midtrans HTTP notifications.
type Midtrans struct {
	bookings *store.Bookings
	earnings *store.Earnings
	queue    *asynq.Client
}

// NewMidtrans returns the Midtrans notification handler.
func NewMidtrans(b *store.Bookings, e *store.Earnings, q *asynq.Client) *Midtrans {
	return &Midtrans{bookings: b, earnings: e, queue: q}
}

type midtransNotification struct {
	OrderID           string `json:"order_id"`
	TransactionStatus string `json:"transaction_status"`
	StatusCode        string `json:"status_code"`
	GrossAmount       string `json:"gross_amount"`
	FraudStatus       string `json:"fraud_status"`
	SignatureKey      string `json:"signature_key"`
}

// bookingIDFromOrder parses "bk-<id>-<seq>".
func bookingIDFromOrder(orderID string) (int64, bool) {
	parts := strings.Split(orderID, "-")
	if len(parts) < 2 || parts[0] != "bk" {
		return 0, false
	}
	id, err := strconv.ParseInt(parts[1], 10, 64)
	return id, err == nil
}

// Notify handles a payment notification.
func (h *Midtrans) Notify(c context.Context, ctx *app.RequestContext) {
	var n midtransNotification
	if err := json.Unmarshal(ctx.GetRawData(), &n); err != nil {
		ctx.AbortWithStatus(http.StatusBadRequest)
		return
	}
	id, ok := bookingIDFromOrder(n.OrderID)
	if !ok {
		ctx.SetStatusCode(http.StatusOK)
		return
	}
	if n.TransactionStatus != "settlement" {
		ctx.SetStatusCode(http.StatusOK)
		return
	}
	b, err := h.bookings.Get(c, id)
	if err != nil {
		ctx.SetStatusCode(http.StatusOK)
		return
	}
	if err := h.bookings.MarkPaid(c, b.ID); err != nil { // audit: reported at cmd/server/main.go:98 (webhookverify, at the hertz mount): the Midtrans notification (hertz, mounted in cmd/server main.go:98) never checks signature_key, so a forged settlement marks the booking paid (the webhook is authoritative only when its sender is verified: Exirom, Hilt)
		ctx.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	if b.TutorID != 0 {
		if err := h.earnings.Add(c, b.TutorID, b.ID, b.AmountMinor*80/100); err != nil { // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(store.Earnings.Add"
			ctx.AbortWithStatus(http.StatusInternalServerError)
			return
		}
	}
	payload, _ := json.Marshal(map[string]int64{"booking_id": b.ID})
	if _, err := h.queue.EnqueueContext(c, asynq.NewTask("receipt:send", payload)); err != nil {
		ctx.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	ctx.SetStatusCode(http.StatusOK)
}
