// Package basicauth: providers that protect their webhook endpoint with
// HTTP Basic credentials (Chargebee, Recurly) and middleware that rejects
// a request as unauthorized after a check paylint cannot judge. A
// middleware that lets everything through, or rejects only a wrong method,
// verifies nothing.
package basicauth

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"log"
	"net/http"

	"github.com/labstack/echo/v4"
)

type notice struct {
	Invoice struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	} `json:"invoice"`
}

type app struct {
	db         *sql.DB
	user, pass string
	allow      func(*http.Request) bool
}

func (a *app) paid(c echo.Context) (string, error) {
	var n notice
	if err := json.NewDecoder(c.Request().Body).Decode(&n); err != nil {
		return "", c.NoContent(http.StatusBadRequest)
	}
	return n.Invoice.ID, nil
}

// markPaid is mounted behind the verifying middleware only.
func (a *app) markPaid(c echo.Context) error {
	id, err := a.paid(c)
	if err != nil {
		return err
	}
	a.db.Exec("UPDATE invoices SET status = 'paid' WHERE id = $1", id)
	return c.NoContent(http.StatusOK)
}

// settle is mounted behind Basic auth, and again on a route without it:
// the finding names the open route.
func (a *app) settle(c echo.Context) error {
	id, err := a.paid(c)
	if err != nil {
		return err
	}
	a.db.Exec("UPDATE invoices SET status = 'paid' WHERE id = $1", id) // want `payment webhook /billing/webhooks/legacy/settle acts on the payment`
	return c.NoContent(http.StatusOK)
}

func (a *app) paidOpen(c echo.Context) error {
	id, _ := a.paid(c)
	a.db.Exec("UPDATE invoices SET status = 'paid' WHERE id = $1", id) // want `payment webhook /billing/webhooks/open/paid acts on the payment`
	return c.NoContent(http.StatusOK)
}

func (a *app) paidMethod(c echo.Context) error {
	id, _ := a.paid(c)
	a.db.Exec("UPDATE invoices SET status = 'paid' WHERE id = $1", id) // want `payment webhook /billing/webhooks/method/paid acts on the payment`
	return c.NoContent(http.StatusOK)
}

func (a *app) paidLogged(c echo.Context) error {
	id, _ := a.paid(c)
	a.db.Exec("UPDATE invoices SET status = 'paid' WHERE id = $1", id) // want `payment webhook /billing/webhooks/logged/paid acts on the payment`
	return c.NoContent(http.StatusOK)
}

// requireBasic: a constant-time compare of both credentials, 401 on failure.
func requireBasic(user, pass string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			u, p, ok := c.Request().BasicAuth()
			if !ok || subtle.ConstantTimeCompare([]byte(u), []byte(user)) == 0 ||
				subtle.ConstantTimeCompare([]byte(p), []byte(pass)) == 0 {
				return c.NoContent(http.StatusUnauthorized)
			}
			return next(c)
		}
	}
}

// plainBasic: plain compares of the Basic credentials.
func (a *app) plainBasic(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if u, p, _ := c.Request().BasicAuth(); u != a.user || p != a.pass {
			return c.NoContent(http.StatusUnauthorized)
		}
		return next(c)
	}
}

// opaque: a check paylint cannot judge, answered 403: cannot tell.
func (a *app) opaque(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if !a.allow(c.Request()) {
			return c.NoContent(http.StatusForbidden)
		}
		return next(c)
	}
}

// Look-alike: presence of the credentials only.
func presentOnly(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if _, _, ok := c.Request().BasicAuth(); !ok {
			return c.NoContent(http.StatusBadRequest)
		}
		return next(c)
	}
}

// Look-alike: rejects a wrong method, authenticates nothing.
func postOnly(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if c.Request().Method != http.MethodPost {
			return c.NoContent(http.StatusMethodNotAllowed)
		}
		return next(c)
	}
}

// Look-alike: logs and lets everything through.
func logged(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if u, _, _ := c.Request().BasicAuth(); u == "" {
			log.Printf("anonymous webhook")
		}
		return next(c)
	}
}

func (a *app) Register(e *echo.Echo) {
	e.Group("/billing/webhooks/basic", requireBasic(a.user, a.pass)).POST("/paid", a.markPaid)
	e.Group("/billing/webhooks/plain", a.plainBasic).POST("/paid", a.markPaid)
	e.Group("/billing/webhooks/opaque", a.opaque).POST("/paid", a.markPaid)
	e.Group("/billing/webhooks/open", presentOnly).POST("/paid", a.paidOpen)
	e.Group("/billing/webhooks/method", postOnly).POST("/paid", a.paidMethod)
	e.Group("/billing/webhooks/logged", logged).POST("/paid", a.paidLogged)

	g := e.Group("/billing/webhooks/basic", requireBasic(a.user, a.pass))
	g.POST("/settle", a.settle)
	e.POST("/billing/webhooks/legacy/settle", a.settle)
}
