package web

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"

	"audit15/academy/kit"
	"audit15/academy/webhooks"
)

// IndiaAPI mounts the routes served to Indian learners (echo).
func IndiaAPI(e *echo.Echo, pages *Pages, rzp *webhooks.Razorpay, rzpSecret []byte) {
	e.GET("/checkout/razorpay/complete", pages.RazorpayComplete)
	e.GET("/wallet/return", pages.WalletReturn)

	hooks := e.Group("/hooks/razorpay", kit.SignedBody(rzpSecret, "X-Razorpay-Signature"))
	hooks.POST("/payments", rzp.PaymentCaptured)
	e.POST("/hooks/razorpay/subscriptions", rzp.SubscriptionCharged) // want "\\[webhookverify\\] payment webhook handler rzp.SubscriptionCharged \\(package audit15/academy/webhooks\\) mounted on POST /hooks/razorpay/subscriptions verifies no signature"
}

// EuropeAPI mounts the routes served to EU learners (fiber).
func EuropeAPI(app *fiber.App, pages *Pages, mh *webhooks.Mollie) {
	app.Get("/checkout/mollie/return", pages.MollieReturn)
	app.Get("/gift/return", pages.VoucherReturn)
	app.Post("/hooks/mollie", mh.Handle)
}

// WalletAPI mounts the Kwikpay notification endpoint (gorilla/mux).
func WalletAPI(r *mux.Router, kh *webhooks.Kwikpay) {
	r.HandleFunc("/hooks/kwikpay", kh.Settled).Methods(http.MethodPost)
	r.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
}
