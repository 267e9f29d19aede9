// Package hooks receives Svix-signed order events on echo. Some handlers
// skip the signature check behind a switch for local fixtures.
package hooks

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
	svix "github.com/svix/svix-webhooks/go"
)

type orderEvent struct {
	Type string `json:"type"`
	Data struct {
		OrderID string `json:"order_id"`
	} `json:"data"`
}

// Config is the deployment's configuration; InsecureFixtures comes from
// an environment variable.
type Config struct {
	InsecureFixtures bool
}

// Orders handles order.paid events.
type Orders struct {
	wh  *svix.Webhook
	db  *sql.DB
	cfg Config
}

// NewOrders returns the handler.
func NewOrders(wh *svix.Webhook, db *sql.DB, cfg Config) *Orders {
	return &Orders{wh: wh, db: db, cfg: cfg}
}

// Paid decodes unsigned fixtures when the switch is on: a deployment with
// it on accepts forged events.
func (o *Orders) Paid(c echo.Context) error {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	var ev orderEvent
	if o.cfg.InsecureFixtures {
		err = json.Unmarshal(body, &ev)
	} else if err = o.wh.Verify(body, c.Request().Header); err == nil {
		err = json.Unmarshal(body, &ev)
	}
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if ev.Type != "order.paid" {
		return c.NoContent(http.StatusNoContent)
	}
	if _, err := o.db.Exec(`UPDATE orders SET status = 'paid' WHERE id = $1`, ev.Data.OrderID); err != nil { // want `payment webhook /hooks/svix/orders verifies the signature only on some paths \(a condition skips it\)`
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusNoContent)
}

// Refunds is the same shape behind a switch only the tests turn on: no
// deployed run skips the check.
type Refunds struct {
	wh       *svix.Webhook
	db       *sql.DB
	fixtures bool
}

// NewRefunds returns the handler; production never sets fixtures.
func NewRefunds(wh *svix.Webhook, db *sql.DB) *Refunds { return &Refunds{wh: wh, db: db} }

// Paid handles the order.paid events of the refunds desk.
func (r *Refunds) Paid(c echo.Context) error {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if r.fixtures {
		err = nil
	} else {
		err = r.wh.Verify(body, c.Request().Header)
	}
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	var ev orderEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if _, err := r.db.Exec(`UPDATE orders SET status = 'paid' WHERE id = $1`, ev.Data.OrderID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusNoContent)
}

// Rotating checks the current or the previous secret, whichever the
// switch names: both paths verify.
type Rotating struct {
	cur, prev *svix.Webhook
	db        *sql.DB
	usePrev   bool
}

// NewRotating returns the handler.
func NewRotating(cur, prev *svix.Webhook, db *sql.DB, usePrev bool) *Rotating {
	return &Rotating{cur: cur, prev: prev, db: db, usePrev: usePrev}
}

// Paid handles order.paid.
func (r *Rotating) Paid(c echo.Context) error {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if r.usePrev {
		err = r.prev.Verify(body, c.Request().Header)
	} else {
		err = r.cur.Verify(body, c.Request().Header)
	}
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	var ev orderEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if _, err := r.db.Exec(`UPDATE orders SET status = 'paid' WHERE id = $1`, ev.Data.OrderID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusNoContent)
}

// Checker is the legacy signing scheme, implemented elsewhere.
type Checker interface {
	Check(body []byte, signature string) error
}

// Legacy checks old senders with the legacy scheme, new ones with svix:
// the legacy check is one we cannot see, taken as a check.
type Legacy struct {
	wh     *svix.Webhook
	legacy Checker
	db     *sql.DB
	old    bool
}

// NewLegacy returns the handler.
func NewLegacy(wh *svix.Webhook, legacy Checker, db *sql.DB, old bool) *Legacy {
	return &Legacy{wh: wh, legacy: legacy, db: db, old: old}
}

// Paid handles order.paid.
func (l *Legacy) Paid(c echo.Context) error {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if l.old {
		err = l.legacy.Check(body, c.Request().Header.Get("X-Legacy-Signature"))
	} else {
		err = l.wh.Verify(body, c.Request().Header)
	}
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	var ev orderEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if _, err := l.db.Exec(`UPDATE orders SET status = 'paid' WHERE id = $1`, ev.Data.OrderID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusNoContent)
}

// Routes mounts the handlers.
func Routes(e *echo.Echo, o *Orders, r *Refunds, rot *Rotating, l *Legacy) {
	e.POST("/hooks/svix/orders", o.Paid)
	e.POST("/hooks/svix/refunds-desk", r.Paid)
	e.POST("/hooks/svix/rotating", rot.Paid)
	e.POST("/hooks/svix/legacy", l.Paid)
}
