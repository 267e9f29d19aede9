package intl

import (
	"encoding/json"
	"net/http"
	"strconv"

	"audit26/kbeauty/store"

	"github.com/hibiken/asynq"
	"github.com/labstack/echo/v4"
	stripe "github.com/stripe/stripe-go/v82"
)

// EventKey is where the signature middleware leaves the verified event.
const EventKey = "stripe.event"

// Events handles the Japanese account's events. It is mounted behind the
// signature middleware, which stores the parsed event on the context.
type Events struct {
	orders *store.Orders
	seen   *store.Seen
	queue  *asynq.Client
}

// NewEvents builds the handler.
func NewEvents(orders *store.Orders, seen *store.Seen, q *asynq.Client) *Events {
	return &Events{orders: orders, seen: seen, queue: q}
}

// Handle processes one event.
func (h *Events) Handle(c echo.Context) error {
	ctx := c.Request().Context()
	evt, ok := c.Get(EventKey).(stripe.Event)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	if evt.Type != "payment_intent.succeeded" {
		return c.NoContent(http.StatusOK)
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	switch pi.Metadata["kind"] {
	case "box":
		id, _ := strconv.Atoi(pi.Metadata["subscription"])
		if err := h.orders.ExtendSubscription(ctx, uint(id)); err != nil { // want "\\[webhookdedupe\\] webhook handler extends the subscription \\(store\\.Orders\\.ExtendSubscription:"
			return err
		}
	case "giftcard":
		first, err := h.seen.First(ctx, "stripe", evt.ID)
		if err != nil {
			return err
		}
		if !first {
			return c.NoContent(http.StatusOK)
		}
		if err := h.orders.TopUpGiftCard(ctx, pi.Metadata["card"], pi.Amount); err != nil { // audit: lookalike webhookdedupe: guarded by SETNX on the event id just above
			return err
		}
	default:
		first, err := h.seen.First(ctx, "stripe", evt.ID)
		if err != nil {
			return err
		}
		if !first {
			return c.NoContent(http.StatusOK)
		}
		if err := h.orders.MarkPaid(ctx, pi.Metadata["order"], pi.ID); err != nil {
			return err
		}
		b, _ := json.Marshal(map[string]string{"order": pi.Metadata["order"]})
		if _, err := h.queue.EnqueueContext(ctx, asynq.NewTask("receipt:send", b)); err != nil { // audit: lookalike webhookack: the receipt mail is queued, the 200 goes out at once
			return err
		}
	}
	return c.NoContent(http.StatusOK)
}
