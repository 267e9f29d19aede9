package razorpayrefunds

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"

	"github.com/gofiber/fiber/v2"
)

// Razorpay Checkout posts razorpay_payment_id, razorpay_order_id and
// razorpay_signature to our handler when the customer finishes paying.

// PaymentSuccess is the legacy web-checkout page.
func (a *WebhookApp) PaymentSuccess(c *fiber.Ctx) error {
	orderID := c.FormValue("razorpay_order_id")
	if c.FormValue("razorpay_payment_id") == "" {
		return c.Redirect("/checkout/failed")
	}
	a.DB.Model(&FoodOrder{}).Where("rzp_order_id = ?", orderID).Update("status", "paid") // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading"
	return c.Redirect("/orders/track")
}

// PaymentVerified is the app's page: the signature is HMAC-SHA256 of
// order_id|payment_id with our key secret, as Razorpay documents.
func (a *WebhookApp) PaymentVerified(c *fiber.Ctx) error {
	orderID := c.FormValue("razorpay_order_id")
	paymentID := c.FormValue("razorpay_payment_id")
	mac := hmac.New(sha256.New, []byte(a.KeySecret))
	mac.Write([]byte(orderID + "|" + paymentID))
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.FormValue("razorpay_signature"))) {
		return c.Redirect("/checkout/failed")
	}
	a.DB.Model(&FoodOrder{}).Where("rzp_order_id = ?", orderID).Update("status", "paid")
	return c.Redirect("/orders/track")
}
