package cbhooks

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/labstack/echo/v4"
)

// event is Chargebee's webhook envelope (abridged).
type event struct {
	ID        string `json:"id"`
	EventType string `json:"event_type"`
	Content   struct {
		Invoice struct {
			ID     string `json:"id"`
			Status string `json:"status"`
		} `json:"invoice"`
		Subscription struct {
			ID       string `json:"id"`
			PlanID   string `json:"plan_id"`
			Customer string `json:"customer_id"`
		} `json:"subscription"`
		Transaction struct {
			ID string `json:"id"`
		} `json:"transaction"`
	} `json:"content"`
}

func (h *Handlers) paymentSucceeded(c echo.Context) error {
	var ev event
	if err := json.NewDecoder(c.Request().Body).Decode(&ev); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if ev.EventType != "payment_succeeded" {
		return c.NoContent(http.StatusOK)
	}
	if _, err := h.db.ExecContext(c.Request().Context(), // want "\\[webhookverify\\] payment webhook /webhooks/chargebee-eu/payment-succeeded acts on the payment"
		`UPDATE invoices SET status = 'paid' WHERE chargebee_id = $1`, ev.Content.Invoice.ID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// subscriptionActivated tells the sales channel about the new customer.
func (h *Handlers) subscriptionActivated(c echo.Context) error {
	var ev event
	if err := json.NewDecoder(c.Request().Body).Decode(&ev); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if _, err := h.db.ExecContext(c.Request().Context(),
		`UPDATE subscriptions SET status = 'active', plan = $2 WHERE chargebee_id = $1`,
		ev.Content.Subscription.ID, ev.Content.Subscription.PlanID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	msg, _ := json.Marshal(map[string]string{"text": "New subscription: " + ev.Content.Subscription.Customer + " on " + ev.Content.Subscription.PlanID})
	if resp, err := http.Post(h.cfg.SlackURL, "application/json", bytes.NewReader(msg)); err == nil { // want "\\[webhookack\\] webhook handler calls an external API \\(http.Post\\) before answering"
		resp.Body.Close()
	}
	return c.NoContent(http.StatusOK)
}

// paymentRefunded queues the refund bookkeeping and answers at once.
func (h *Handlers) paymentRefunded(c echo.Context) error {
	var ev event
	if err := json.NewDecoder(c.Request().Body).Decode(&ev); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	select {
	case h.queue <- ev.Content.Transaction.ID:
	default:
		return c.NoContent(http.StatusServiceUnavailable) // Chargebee retries
	}
	return c.NoContent(http.StatusOK)
}
