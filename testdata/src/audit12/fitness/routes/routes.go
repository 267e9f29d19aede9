// Package routes registers the HTTP routes of the public servers.
package routes

import (
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/go-chi/chi/v5"
	"github.com/labstack/echo/v4"

	"audit12/fitness/adyenpos"
	"audit12/fitness/kit"
	"audit12/fitness/mercadopt"
	"audit12/fitness/stripepay"
	"audit12/fitness/webhooks"
	"audit12/fitness/wellnessnet"
)

// Echo registers the member app's billing routes and the Stripe webhooks.
func Echo(e *echo.Echo, stripeSecret string, hooks *webhooks.StripeHooks, pages *stripepay.Pages) {
	e.POST("/webhooks/stripe", hooks.Membership)
	packs := e.Group("/webhooks/stripe/packs", kit.StripeSignature(stripeSecret))
	packs.POST("", hooks.Packs)

	e.GET("/billing/packs/return", pages.PackReturn)
	e.GET("/account/card/complete", pages.CardSaved)
}

// ChiDeps are the handlers served by the chi router.
type ChiDeps struct {
	PaynetSecret []byte
	Wellness     *webhooks.WellnessHooks
	Mercado      *webhooks.MercadoHooks
	PTPages      *mercadopt.ReturnPages
	InvoicePages *wellnessnet.InvoicePages
	Club         *adyenpos.Pages
}

// Chi registers the club, personal-training and corporate routes.
func Chi(r chi.Router, d ChiDeps) {
	r.Route("/hooks/b2bpaynet", func(r chi.Router) {
		r.With(kit.RequireHMAC(d.PaynetSecret, "X-Paynet-Signature")).Post("/mandates", d.Wellness.Mandate)
		r.Post("/payment-orders", d.Wellness.PaymentOrder) // want "\\[webhookverify\\] payment webhook handler d.Wellness.PaymentOrder \\(package audit12/fitness/webhooks\\) mounted on POST /hooks/b2bpaynet/payment-orders verifies no signature"
	})
	r.Post("/webhooks/mercadopago", d.Mercado.Notify)

	r.Get("/pt/checkout/success", d.PTPages.Success)
	r.Get("/pt/checkout/pending", d.PTPages.Pending)
	r.Get("/corporate/invoices/{invoiceID}/thank-you", d.InvoicePages.ThankYou)
	r.Get("/club/pay/complete", d.Club.LinkComplete)
	r.Get("/club/pay/return", d.Club.Redirect3DS)
}

// Hertz registers the terminal-side routes.
func Hertz(h *server.Hertz, adyen *webhooks.AdyenHooks) {
	h.POST("/webhooks/adyen", adyen.Notify)
}
