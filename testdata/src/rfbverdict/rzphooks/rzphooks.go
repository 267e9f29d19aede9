// Package rzphooks: for webhookverify, Razorpay Checkout's callback_url
// (the form the buyer's browser posts, razorpay_payment_id and
// razorpay_order_id) is no webhook, however its route is named: silent
// here, redirectfulfill's finding. Razorpay's JSON event posted to a
// callback route and acted on unverified is still reported.
package rzphooks

import (
	"encoding/json"
	"net/http"

	"github.com/labstack/echo/v4"
	razorpay "github.com/razorpay/razorpay-go"
	"gorm.io/gorm"
)

type Subscription struct {
	ID     string
	Status string
}

type Event struct {
	Event   string `json:"event"`
	Payload struct {
		Payment struct {
			Entity struct {
				ID      string `json:"id"`
				OrderID string `json:"order_id"`
				Status  string `json:"status"`
			} `json:"entity"`
		} `json:"payment"`
	} `json:"payload"`
}

type Hooks struct {
	rz *razorpay.Client
	db *gorm.DB
}

func (h *Hooks) Register(e *echo.Echo) {
	e.POST("/subscriptions/razorpay/callback", h.checkoutCallback)
	e.POST("/subscriptions/razorpay/callback/fetched", h.fetchedCallback)
	e.POST("/razorpay/payment/callback", h.event)
}

// checkoutCallback: the browser's form.
func (h *Hooks) checkoutCallback(c echo.Context) error {
	id := c.FormValue("razorpay_payment_id")
	h.db.Model(&Subscription{}).Where("razorpay_payment_id = ?", id).Update("status", "paid")
	return c.Redirect(http.StatusSeeOther, "/account")
}

// fetchedCallback: the browser's form, the payment fetched, its order
// compared.
func (h *Hooks) fetchedCallback(c echo.Context) error {
	pay, err := h.rz.Payment.Fetch(c.FormValue("razorpay_payment_id"), nil, nil)
	if err != nil || pay["order_id"] != c.FormValue("razorpay_order_id") {
		return c.NoContent(http.StatusBadRequest)
	}
	h.db.Model(&Subscription{}).Where("razorpay_order_id = ?", pay["order_id"]).Update("status", "paid")
	return c.Redirect(http.StatusSeeOther, "/account")
}

// event: Razorpay's JSON event, acted on with no signature check.
func (h *Hooks) event(c echo.Context) error {
	var ev Event
	if err := json.NewDecoder(c.Request().Body).Decode(&ev); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if ev.Event == "payment.captured" {
		h.db.Model(&Subscription{}).Where("razorpay_order_id = ?", ev.Payload.Payment.Entity.OrderID).Update("status", "paid") // want "payment webhook"
	}
	return c.NoContent(http.StatusOK)
}
