// Package donate takes donations paid through a provider's hosted
// invoices (Xendit-style callbacks) on echo; the app's users log in with a
// bearer token its own Tokens service checks.
package donate

import (
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
)

// Tokens checks the app's own access tokens.
type Tokens interface {
	UserOf(token string) (int64, error)
}

type invoiceCallback struct {
	ExternalID string `json:"external_id"`
	Status     string `json:"status"`
}

// Handlers serves the donation routes.
type Handlers struct {
	db       *sql.DB
	tokens   Tokens
	cbSecret string
}

// requireUser: the app's login — bearer token, user stored for the handlers.
func (h *Handlers) requireUser(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		raw := c.Request().Header.Get("Authorization")
		if !strings.HasPrefix(raw, "Bearer ") {
			return c.NoContent(http.StatusUnauthorized)
		}
		uid, err := h.tokens.UserOf(strings.TrimPrefix(raw, "Bearer "))
		if err != nil {
			return c.NoContent(http.StatusUnauthorized)
		}
		c.Set("user_id", uid)
		return next(c)
	}
}

// userAndCallback (look-alike): a user's login and the provider's
// callback token both required.
func (h *Handlers) userAndCallback(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		raw := c.Request().Header.Get("Authorization")
		uid, err := h.tokens.UserOf(strings.TrimPrefix(raw, "Bearer "))
		if err != nil {
			return c.NoContent(http.StatusUnauthorized)
		}
		tok := c.Request().Header.Get("X-Callback-Token")
		if tok == "" || subtle.ConstantTimeCompare([]byte(tok), []byte(h.cbSecret)) != 1 {
			return c.NoContent(http.StatusUnauthorized)
		}
		c.Set("user_id", uid)
		return next(c)
	}
}

// Routes mounts the donation routes.
func (h *Handlers) Routes(e *echo.Echo) {
	e.POST("/callbacks/xendit/invoice", h.invoicePaid, h.requireUser)
	e.POST("/callbacks/xendit/invoice-signed", h.invoicePaidSigned, h.userAndCallback)
	e.POST("/admin/donations/:id/paid", h.adminMarkPaid, h.requireUser)
}

// invoicePaid (UserLoginOnCallback): behind the user's login only.
func (h *Handlers) invoicePaid(c echo.Context) error {
	var cb invoiceCallback
	if err := json.NewDecoder(c.Request().Body).Decode(&cb); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if cb.Status == "PAID" {
		h.db.Exec(`UPDATE donations SET status = 'paid' WHERE external_id = $1`, cb.ExternalID) // want `payment webhook /callbacks/xendit/invoice acts on the payment`
	}
	return c.NoContent(http.StatusOK)
}

func (h *Handlers) invoicePaidSigned(c echo.Context) error {
	var cb invoiceCallback
	if err := json.NewDecoder(c.Request().Body).Decode(&cb); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if cb.Status == "PAID" {
		h.db.Exec(`UPDATE donations SET status = 'paid' WHERE external_id = $1`, cb.ExternalID)
	}
	return c.NoContent(http.StatusOK)
}

// adminMarkPaid (look-alike): a logged-in operator's back-office action,
// no provider's notification.
func (h *Handlers) adminMarkPaid(c echo.Context) error {
	h.db.Exec(`UPDATE donations SET status = 'paid' WHERE id = $1`, c.Param("id"))
	return c.NoContent(http.StatusOK)
}
