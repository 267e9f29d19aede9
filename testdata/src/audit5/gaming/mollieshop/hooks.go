package mollieshop

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
	mollie "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"
	"github.com/mollie/mollie-api-golang/utils/webhooks"
	"gorm.io/gorm"
)

// Hooks receives Mollie's webhooks.
type Hooks struct {
	client  *mollie.Client
	db      *gorm.DB
	secrets []string
}

// NewHooks wires the hooks.
func NewHooks(c *mollie.Client, db *gorm.DB, secrets []string) *Hooks {
	return &Hooks{client: c, db: db, secrets: secrets}
}

// Mount registers the routes.
func (h *Hooks) Mount(e *echo.Echo) {
	e.POST("/hooks/mollie/payments", h.Payment)
	e.POST("/hooks/mollie/events", h.Event)
}

// Payment is the classic webhook: Mollie posts only id=tr_xxx, and the
// payment is read back from Mollie.
func (h *Hooks) Payment(c echo.Context) error {
	ctx := c.Request().Context()
	id := c.FormValue("id")
	res, err := h.client.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: id})
	if err != nil || res.PaymentResponse == nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	var o Order
	if err := h.db.WithContext(ctx).First(&o, "mollie_id = ?", id).Error; err != nil {
		return c.NoContent(http.StatusOK) // not ours
	}
	if o.Status == "paid" {
		return c.NoContent(http.StatusOK)
	}
	if res.PaymentResponse.Status == components.PaymentResponseStatusPaid {
		err := h.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
			if err := tx.Model(&o).Update("status", "paid").Error; err != nil {
				return err
			}
			return tx.Table("players").Where("id = ?", o.PlayerID).
				UpdateColumn("gems", gorm.Expr("gems + ?", o.Gems)).Error
		})
		if err != nil {
			return c.NoContent(http.StatusInternalServerError)
		}
	}
	return c.NoContent(http.StatusOK)
}

type nextGenEvent struct {
	ID     string `json:"id"`
	Type   string `json:"type"`
	Entity struct {
		ID       string            `json:"id"`
		Status   string            `json:"status"`
		Metadata map[string]string `json:"metadata"`
	} `json:"_embedded"`
}

// Event is the next-gen (signed) webhook for payment links sold in the
// battle-pass promo.
func (h *Hooks) Event(c echo.Context) error {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if _, err := webhooks.Validate(string(body), h.secrets, c.Request().Header.Get("X-Mollie-Signature")); err != nil { // webhookverify (reported at the pass_tier update below): only the error of webhooks.Validate is checked; it answers (false, nil) when no X-Mollie-Signature is sent, so an unsigned post unlocks the premium pass (fail-open)
		return c.NoContent(http.StatusUnauthorized)
	}
	var evt nextGenEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if evt.Type == "payment-link.paid" {
		player := evt.Entity.Metadata["player_id"]
		if err := h.db.Table("players").Where("id = ?", player).Update("pass_tier", "premium").Error; err != nil { // want "\\[webhookverify\\] payment webhook /hooks/mollie/events checks only the error of mollie webhooks.Validate, which answers \\(false, nil\\) when no signature is sent"
			return c.NoContent(http.StatusInternalServerError)
		}
	}
	return c.NoContent(http.StatusOK)
}
