// Package frameworks exercises gin, echo and fiber registrations.
package frameworks

import (
	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

func auth(c *gin.Context) { c.Next() }

func Gin() {
	r := gin.Default()
	v1 := r.Group("/v1", auth)
	v1.GET("/checkout/thankyou", ginThanks)
	v1.POST("/webhook", auth, ginHook)
}

func ginThanks(c *gin.Context) { // want `handler ginThanks fw=gin routes=\[GET /v1/checkout/thankyou mw=1\] redirect=route /v1/checkout/thankyou webhook=- params=\[query:redirect_status\] headers=\[\]`
	_ = c.Query("redirect_status")
}

func ginHook(c *gin.Context) { // want `handler ginHook fw=gin routes=\[POST /v1/webhook mw=2\] redirect=- webhook=reads X-Signature params=\[\] headers=\[header:X-Signature\]`
	_ = c.GetHeader("X-Signature")
}

func Echo() {
	e := echo.New()
	g := e.Group("/pay")
	g.GET("/success", echoSuccess)
	e.POST("/callback", echoCallback, func(next echo.HandlerFunc) echo.HandlerFunc { return next })
}

func echoSuccess(c echo.Context) error { // want `handler echoSuccess fw=echo routes=\[GET /pay/success\] redirect=route /pay/success webhook=- params=\[query:payment_intent\] headers=\[\]`
	_ = c.QueryParam("payment_intent")
	return nil
}

func echoCallback(c echo.Context) error { // want `handler echoCallback fw=echo routes=\[POST /callback mw=1\] redirect=- webhook=route /callback params=\[form:txn_id\] headers=\[\]`
	_ = c.FormValue("txn_id")
	return nil
}

func Fiber() {
	app := fiber.New()
	app.Get("/payment-callback", fiberReturn)
	api := app.Group("/api")
	api.Post("/notifications", fiberNotify)
}

func fiberReturn(c *fiber.Ctx) error { // want `handler fiberReturn fw=fiber routes=\[GET /payment-callback\] redirect=route /payment-callback webhook=- params=\[query:paymentId query:PayerID\] headers=\[\]`
	_, _ = c.Query("paymentId"), c.Query("PayerID")
	return nil
}

func fiberNotify(c *fiber.Ctx) error { // want `handler fiberNotify fw=fiber routes=\[POST /api/notifications\] redirect=- webhook=reads Webhook-Signature params=\[\] headers=\[header:Webhook-Signature\]`
	_ = c.Get("Webhook-Signature")
	return nil
}
