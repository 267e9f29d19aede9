// Package webhooks receives payment notifications from Razorpay, Mollie
// and Kwikpay.
package webhooks

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/hibiken/asynq"
	"github.com/labstack/echo/v4"

	"audit15/academy/domain"
	"audit15/academy/store"
)

// Razorpay handles Razorpay webhook events. Signature checking is done by
// the route's middleware.
type Razorpay struct {
	orders   *store.Orders
	enroller domain.Enroller
	queue    *asynq.Client
}

func NewRazorpay(orders *store.Orders, e domain.Enroller, q *asynq.Client) *Razorpay {
	return &Razorpay{orders: orders, enroller: e, queue: q}
}

type rzpEvent struct {
	Event   string `json:"event"`
	Payload struct {
		Payment struct {
			Entity struct {
				ID      string `json:"id"`
				OrderID string `json:"order_id"`
				Amount  int64  `json:"amount"`
				Status  string `json:"status"`
			} `json:"entity"`
		} `json:"payment"`
		Subscription struct {
			Entity struct {
				ID     string `json:"id"`
				Status string `json:"status"`
			} `json:"entity"`
		} `json:"subscription"`
	} `json:"payload"`
}

// PaymentCaptured handles payment.captured for course and credit orders.
func (h *Razorpay) PaymentCaptured(c echo.Context) error {
	var evt rzpEvent
	if err := json.NewDecoder(c.Request().Body).Decode(&evt); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if evt.Event != "payment.captured" {
		return c.NoContent(http.StatusOK)
	}
	ctx := c.Request().Context()
	pay := evt.Payload.Payment.Entity
	o, err := h.orders.ByProviderRef(ctx, pay.OrderID)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if o.Kind == domain.KindCredit {
		if err := h.orders.CreditWallet(ctx, o.LearnerID, pay.Amount); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(store.Orders.CreditWallet"
			return c.NoContent(http.StatusInternalServerError)
		}
		return c.NoContent(http.StatusOK)
	}
	first, err := h.orders.MarkPaid(ctx, o.ID)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if first {
		if err := h.enroller.Enroll(ctx, o.LearnerID, o.CourseID, o.ID); err != nil {
			return c.NoContent(http.StatusInternalServerError)
		}
		h.enqueueWelcome(ctx, o)
	}
	return c.NoContent(http.StatusOK)
}

func (h *Razorpay) enqueueWelcome(ctx context.Context, o domain.Order) {
	payload, _ := json.Marshal(map[string]string{"learner_id": o.LearnerID, "course_id": o.CourseID, "order_id": o.ID})
	_, _ = h.queue.EnqueueContext(ctx, asynq.NewTask("mail:welcome", payload), asynq.MaxRetry(5))
}

// SubscriptionCharged extends a monthly plan when Razorpay collects the
// next instalment.
func (h *Razorpay) SubscriptionCharged(c echo.Context) error {
	eventID := c.Request().Header.Get("X-Razorpay-Event-Id")
	var evt rzpEvent
	if err := json.NewDecoder(c.Request().Body).Decode(&evt); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if evt.Event != "subscription.charged" {
		return c.NoContent(http.StatusOK)
	}
	ctx := c.Request().Context()
	fresh, err := h.orders.ClaimEvent(ctx, "razorpay", eventID)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if !fresh {
		return c.NoContent(http.StatusOK)
	}
	if err := h.orders.ExtendPlan(ctx, evt.Payload.Subscription.Entity.ID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}
