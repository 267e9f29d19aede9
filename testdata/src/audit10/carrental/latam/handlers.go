package latam

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	"github.com/mercadopago/sdk-go/pkg/webhook"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// Handlers serves the Mercado Pago return page, the PIX waiting page and
// the notification endpoint.
type Handlers struct {
	svc    *Service
	secret string
}

// NewHandlers returns the echo handlers.
func NewHandlers(svc *Service, secret string) *Handlers { return &Handlers{svc: svc, secret: secret} }

// Register mounts the routes on e.
func (h *Handlers) Register(e *echo.Echo) {
	e.GET("/mp/return", h.Return)
	e.GET("/mp/pix/:id/wait", h.PixWait)
	e.POST("/mp/notifications", h.Notify)
}

// Return is Mercado Pago's back_url after the buyer pays:
// /mp/return?payment_id=..&status=..&external_reference=..
func (h *Handlers) Return(c echo.Context) error {
	id, err := strconv.Atoi(c.QueryParam("payment_id"))
	if err != nil {
		return c.String(http.StatusBadRequest, "missing payment")
	}
	ctx := c.Request().Context()
	p, err := h.svc.mp.Get(ctx, id)
	if err != nil {
		return c.String(http.StatusBadGateway, "could not load your payment, please refresh")
	}
	if err := h.svc.MarkPaid(ctx, p.ExternalReference); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking"
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/reservations/"+p.ExternalReference+"?paid=1")
}

// PixWait long-polls the status of a PIX payment for the waiting page.
func (h *Handlers) PixWait(c echo.Context) error {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	status, err := h.svc.WaitPix(c.Request().Context(), id)
	if err != nil {
		return c.NoContent(http.StatusBadGateway)
	}
	return c.JSON(http.StatusOK, map[string]string{"status": status})
}

// Notify handles Mercado Pago payment notifications.
func (h *Handlers) Notify(c echo.Context) error {
	r := c.Request()
	dataID := c.QueryParam("data.id")
	if err := webhook.ValidateSignature(r.Header.Get("x-signature"), r.Header.Get("x-request-id"), dataID, h.secret); err != nil {
		return c.NoContent(http.StatusUnauthorized)
	}
	id, err := strconv.Atoi(dataID)
	if err != nil {
		return c.NoContent(http.StatusOK)
	}
	ctx := r.Context()
	p, err := h.svc.mp.Get(ctx, id)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if p.Status != "approved" {
		return c.NoContent(http.StatusOK)
	}
	_, err = h.svc.events.InsertOne(ctx, bson.M{"_id": strconv.Itoa(p.ID) + ":" + p.Status})
	if mongo.IsDuplicateKeyError(err) {
		return c.NoContent(http.StatusOK)
	}
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if err := h.svc.MarkPaid(ctx, p.ExternalReference); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}
