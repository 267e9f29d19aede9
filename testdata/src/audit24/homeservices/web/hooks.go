package web

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/labstack/echo/v4"

	"audit24/homeservices/hooks"
	"audit24/homeservices/platform"
)

// HookSet is every provider handler.
type HookSet struct {
	Stripe   *hooks.Stripe
	Connect  *hooks.Connect
	Disputes *hooks.Disputes
	Square   *hooks.Square
	PayLater *hooks.PayLater

	SquareKey       string
	SquareNotifyURL string
}

// Routes mounts the webhooks that live on the main chi router.
func Routes(r chi.Router, h HookSet) {
	r.Route("/hooks", func(r chi.Router) {
		r.Method(http.MethodPost, "/stripe", h.Stripe)
		r.Method(http.MethodPost, "/stripe/connect", h.Connect)
		r.With(platform.SquareSigned(h.SquareKey, h.SquareNotifyURL)).Method(http.MethodPost, "/square", h.Square) // audit: lookalike webhookverify: hooks.Square is mounted behind platform.SquareSigned, which rejects a bad signature (and refuses an empty key)
		r.Post("/paylater/refunds", h.PayLater.Refund)
	})
}

// Partners builds the echo server for partner callbacks.
func Partners(h HookSet) *echo.Echo {
	e := echo.New()
	g := e.Group("/partners")
	g.POST("/paylater/orders", h.PayLater.Order) // want "\\[webhookverify\\] payment webhook handler h\\.PayLater\\.Order \\(package audit24/homeservices/hooks\\) mounted on POST /partners/paylater/orders verifies no signature, and no middleware on this route does: it marks the payment paid \\(hooks\\.Bookings\\.MarkPaid\\) when the posted Status says paid"
	g.POST("/stripe/disputes", h.Disputes.Handle)
	g.GET("/health", func(c echo.Context) error { return c.String(http.StatusOK, "ok") })
	return e
}
