// Package fw mounts payment webhooks of gin, echo and fiber behind
// middleware factories of package mw: silent behind the verifying ones,
// reported behind logging ones.
package fw

import (
	"database/sql"
	"encoding/json"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"

	"webhookverify/factory/mw"
)

type Event struct {
	Type    string `json:"type"`
	OrderID string `json:"order_id"`
}

var db *sql.DB

func markPaid(orderID string) {
	db.Exec(`UPDATE orders SET status = 'paid', paid_at = now() WHERE id = $1`, orderID)
}

func Gin(secret []byte) *gin.Engine {
	r := gin.New()
	r.POST("/webhooks/gin", mw.GinSigned(secret), ginHook)
	r.POST("/webhooks/gin-logged", mw.GinLogged("gin"), ginLoggedHook)
	g := r.Group("/webhooks/ging")
	g.Use(mw.GinSigned(secret))
	g.POST("/paid", ginHook)
	return r
}

func ginHook(c *gin.Context) {
	var ev Event
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(400)
		return
	}
	if ev.Type == "payment.succeeded" {
		markPaid(ev.OrderID)
	}
	c.Status(200)
}

func ginLoggedHook(c *gin.Context) {
	var ev Event
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(400)
		return
	}
	if ev.Type == "payment.succeeded" {
		markPaid(ev.OrderID) // want `payment webhook /webhooks/gin-logged acts on the payment`
	}
	c.Status(200)
}

func Echo(secret []byte) *echo.Echo {
	e := echo.New()
	e.POST("/webhooks/echo", echoHook, mw.EchoSigned(secret))
	g := e.Group("/webhooks/echog", mw.EchoSigned(secret))
	g.POST("/paid", echoHook)
	return e
}

func echoHook(c echo.Context) error {
	var ev Event
	if err := c.Bind(&ev); err != nil {
		return c.NoContent(400)
	}
	if ev.Type == "payment.succeeded" {
		markPaid(ev.OrderID)
	}
	return c.NoContent(200)
}

func Fiber(secret []byte) *fiber.App {
	app := fiber.New()
	app.Post("/webhooks/fiber", mw.FiberSigned(secret), fiberHook)
	app.Post("/webhooks/fiber-logged", mw.FiberLogged("fiber"), fiberLoggedHook)
	return app
}

// FiberAll covers every route of its app with the verifying factory.
func FiberAll(secret []byte) *fiber.App {
	app := fiber.New()
	app.Use(mw.FiberSigned(secret))
	app.Post("/webhooks/fiber-all", fiberHook)
	return app
}

// FiberAllLogged only logs every route.
func FiberAllLogged() *fiber.App {
	app := fiber.New()
	app.Use(mw.FiberLogged("all"))
	app.Post("/webhooks/fiber-all-logged", fiberAllLoggedHook)
	return app
}

func fiberAllLoggedHook(c *fiber.Ctx) error {
	var ev Event
	if err := json.Unmarshal(c.Body(), &ev); err != nil {
		return c.SendStatus(400)
	}
	if ev.Type == "payment.succeeded" {
		markPaid(ev.OrderID) // want `payment webhook /webhooks/fiber-all-logged acts on the payment`
	}
	return c.SendStatus(200)
}

// EchoAll covers every route of its server; EchoLogged only logs.
func EchoAll(secret []byte) *echo.Echo {
	e := echo.New()
	e.Use(mw.EchoSigned(secret))
	e.POST("/webhooks/echo-all", echoHook)
	return e
}

func fiberHook(c *fiber.Ctx) error {
	var ev Event
	if err := json.Unmarshal(c.Body(), &ev); err != nil {
		return c.SendStatus(400)
	}
	if ev.Type == "payment.succeeded" {
		markPaid(ev.OrderID)
	}
	return c.SendStatus(200)
}

func fiberLoggedHook(c *fiber.Ctx) error {
	var ev Event
	if err := json.Unmarshal(c.Body(), &ev); err != nil {
		return c.SendStatus(400)
	}
	if ev.Type == "payment.succeeded" {
		markPaid(ev.OrderID) // want `payment webhook /webhooks/fiber-logged acts on the payment`
	}
	return c.SendStatus(200)
}
