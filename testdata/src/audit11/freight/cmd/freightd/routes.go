package main

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"

	"audit11/freight/httpapi"
	"audit11/freight/internal/signing"
	"audit11/freight/ops"
)

type handlers struct {
	stripe         *httpapi.StripeHooks
	cko            *httpapi.CKOHooks
	xborder        *httpapi.XBorderNotify
	mp             *httpapi.MPHooks
	payouts        *httpapi.PayoutHooks
	eld            *ops.Tracker
	pages          *httpapi.Pages
	quickPaySecret []byte
}

func requestLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next.ServeHTTP(w, r)
		slog.Info("request", "method", r.Method, "path", r.URL.Path, "took", time.Since(start))
	})
}

func (h handlers) stripeEngine() *gin.Engine {
	g := gin.New()
	g.POST("/webhook", h.stripe.Payment)
	g.POST("/webhook/ach", h.stripe.ACHEvents)
	return g
}

func (h handlers) ckoEngine() *echo.Echo {
	e := echo.New()
	e.POST("/webhook", h.cko.Handle)
	e.GET("/pay/success", h.pages.CKOSuccess)
	return e
}

func (h handlers) xborderApp() *fiber.App {
	app := fiber.New()
	app.Post("/notify/trade", h.xborder.Handle)
	return app
}

func (h handlers) router() http.Handler {
	r := chi.NewRouter()
	r.Use(requestLog)

	r.Get("/pay/invoice/{number}/complete", h.pages.InvoiceComplete)
	r.Get("/pay/stripe/return", h.pages.StripeReturn)
	r.Get("/pay/mp/success", h.pages.MPSuccess)
	r.Get("/pay/xborder/return", h.pages.XBorderReturn)
	r.Get("/carriers/bank-link/callback", h.pages.CarrierOAuthCallback)

	r.Post("/hooks/mercadopago", h.mp.Handle)
	r.Post("/hooks/eld", h.eld.ELDEvents)
	r.Route("/hooks/quickpay", func(qr chi.Router) {
		qr.Use(signing.Middleware(h.quickPaySecret, "X-Quickpay-Signature"))
		qr.Post("/payouts", h.payouts.Handle)
	})
	r.Post("/hooks/quickpay-instant", h.payouts.Handle) // want "\\[webhookverify\\] payment webhook handler h.payouts.Handle \\(package audit11/freight/httpapi\\) mounted on POST /hooks/quickpay-instant verifies no signature, and no middleware on this route does: it acts on the payment \\(store.Loads.MarkPaidOut"

	r.Mount("/stripe", h.stripeEngine())
	r.Mount("/cko", h.ckoEngine())
	return r
}
