// Package cellarhooks takes the wine club's Stripe events over echo; the
// store reads back what its writes changed (package cellar).
package cellarhooks

import (
	"database/sql"
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v82/webhook"

	"q19writequery/cellar"
)

// Hooks are the listeners.
type Hooks struct {
	secret string
	store  *cellar.Store
	db     *sql.DB
}

type paid struct {
	EventID string `json:"-"`
	OrderID string `json:"order_id"`
	Member  string `json:"member"`
	SKU     string `json:"sku"`
	Qty     int    `json:"qty"`
	Amount  int64  `json:"amount"`
}

// Mount mounts the listeners.
func (h *Hooks) Mount(e *echo.Echo) {
	e.POST("/webhooks/stripe/bottles", h.Bottles)
	e.POST("/webhooks/stripe/credit", h.Credit)
	e.POST("/webhooks/stripe/topup", h.TopUp)
	e.POST("/webhooks/stripe/case", h.Case)
	e.POST("/webhooks/stripe/tasting", h.Tasting)
	e.POST("/webhooks/stripe/recount", h.Recount)
	e.POST("/webhooks/stripe/logged", h.Logged)
	e.POST("/webhooks/stripe/claimed", h.Claimed)
	e.POST("/webhooks/stripe/shipped", h.Shipped)
	e.POST("/webhooks/stripe/credit-once", h.CreditOnce)
	e.POST("/webhooks/stripe/built", h.Built)
}

func (h *Hooks) paid(c echo.Context) (paid, bool) {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return paid{}, false
	}
	evt, err := webhook.ConstructEvent(body, c.Request().Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		return paid{}, false
	}
	var p paid
	if err := json.Unmarshal(evt.Data.Raw, &p); err != nil {
		return paid{}, false
	}
	p.EventID = evt.ID
	return p, true
}

// --- reported: a write sent by a query method, repeated on every delivery ---

// Bottles takes the bottles out of stock (pgx QueryRow, text in a local).
func (h *Hooks) Bottles(c echo.Context) error {
	p, ok := h.paid(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	if err := h.store.TakeBottles(c.Request().Context(), p.SKU, p.Qty); err != nil { // want "webhook handler takes the items out of stock \\(cellar.Store.TakeBottles: pgxpool.Pool.QueryRow: stock -= …\\)"
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// Credit books a ledger row (sqlx Get, text in a field of statements).
func (h *Hooks) Credit(c echo.Context) error {
	p, ok := h.paid(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	if _, err := h.store.BookCredit(c.Request().Context(), p.Member, p.Amount); err != nil { // want "webhook handler inserts a ledger or payment row \\(cellar.Store.BookCredit: sqlx.DB.GetContext: INSERT INTO ledger_entries\\)"
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// TopUp adds to the wallet (database/sql QueryRowContext, package variable).
func (h *Hooks) TopUp(c echo.Context) error {
	p, ok := h.paid(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	_ = h.store.TopUp(c.Request().Context(), p.Member, p.Amount) // want "webhook handler credits the balance \\(cellar.Store.TopUp: sql.DB.QueryRowContext: wallet_balance \\+= …\\)"
	return c.NoContent(http.StatusOK)
}

// Case allocates a case through the generated query layer.
func (h *Hooks) Case(c echo.Context) error {
	p, ok := h.paid(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	_ = h.store.AllocateCase(c.Request().Context(), p.SKU) // want "webhook handler takes the items out of stock \\(cellar.Store.AllocateCase: cellar.DBTX.QueryRowContext: cases_in_stock -= …\\)"
	return c.NoContent(http.StatusOK)
}

// Tasting reserves tasting seats (GORM Raw(…).Scan).
func (h *Hooks) Tasting(c echo.Context) error {
	p, ok := h.paid(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	_ = h.store.ReserveTasting(c.Request().Context(), p.SKU, p.Qty) // want "webhook handler takes the items out of stock \\(cellar.Store.ReserveTasting: gorm.DB.Scan: seats_left -= …\\)"
	return c.NoContent(http.StatusOK)
}

// --- silent: reads, values set, logs, and writes behind a guard ---

// Recount reads the stock and sets it to the count.
func (h *Hooks) Recount(c echo.Context) error {
	p, ok := h.paid(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	n, err := h.store.BottlesLeft(c.Request().Context(), p.SKU)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	_ = h.store.SetStock(c.Request().Context(), p.SKU, n)
	return c.NoContent(http.StatusOK)
}

// Logged keeps the raw event in a log under its id.
func (h *Hooks) Logged(c echo.Context) error {
	p, ok := h.paid(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	_ = h.store.LogEvent(c.Request().Context(), p.EventID, p.OrderID)
	return c.NoContent(http.StatusOK)
}

// Claimed records the event id by an upsert returning it; no row back
// means a repeat, which leaves before the stock is touched.
func (h *Hooks) Claimed(c echo.Context) error {
	p, ok := h.paid(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	claim := `INSERT INTO processed_events (event_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING event_id`
	var id string
	if err := h.db.QueryRowContext(c.Request().Context(), claim, p.EventID).Scan(&id); errors.Is(err, sql.ErrNoRows) {
		return c.NoContent(http.StatusOK)
	} else if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	_ = h.store.TakeBottles(c.Request().Context(), p.SKU, p.Qty)
	return c.NoContent(http.StatusOK)
}

// Shipped moves the order on with a compare-and-set returning its id; a
// repeat gets no row back and returns.
func (h *Hooks) Shipped(c echo.Context) error {
	p, ok := h.paid(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	move := `UPDATE orders SET status = 'paid' WHERE id = $1 AND status <> 'paid' RETURNING id`
	var id string
	if err := h.db.QueryRowContext(c.Request().Context(), move, p.OrderID).Scan(&id); err != nil {
		return c.NoContent(http.StatusOK)
	}
	_ = h.store.TakeBottles(c.Request().Context(), p.SKU, p.Qty)
	return c.NoContent(http.StatusOK)
}

// CreditOnce books the ledger row only for an order not paid before.
func (h *Hooks) CreditOnce(c echo.Context) error {
	p, ok := h.paid(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	var status string
	if err := h.db.QueryRowContext(c.Request().Context(), `SELECT status FROM orders WHERE id = $1`, p.OrderID).Scan(&status); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if status == "paid" {
		return c.NoContent(http.StatusOK)
	}
	_, _ = h.store.BookCredit(c.Request().Context(), p.Member, p.Amount)
	_, _ = h.db.ExecContext(c.Request().Context(), `UPDATE orders SET status = 'paid' WHERE id = $1`, p.OrderID)
	return c.NoContent(http.StatusOK)
}

// Built takes stock through a text built at run time: not read.
func (h *Hooks) Built(c echo.Context) error {
	p, ok := h.paid(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	_ = h.store.BuiltTake(c.Request().Context(), "wines", p.SKU)
	return c.NoContent(http.StatusOK)
}
