// Package tokenack: echo handlers. The page a buyer is sent back to by
// PayPal (?token=<order id>) captures the order before answering, as it
// must; a webhook checked by its callback token header must answer first.
package tokenack

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/plutov/paypal/v4"
)

type app struct {
	pp        *paypal.Client
	hookToken string
}

func (a *app) register(e *echo.Echo) {
	e.Any("/orders/approved", a.approved)
	e.Any("/paypal/notifications", a.notification)
}

// approved: the query's token is the approved order's id.
func (a *app) approved(c echo.Context) error {
	token := c.QueryParam("token")
	res, err := a.pp.CaptureOrder(c.Request().Context(), token, paypal.CaptureOrderRequest{})
	if err != nil {
		return c.Redirect(http.StatusSeeOther, "/orders/problem")
	}
	if res.Status != paypal.OrderStatusCompleted {
		return c.Redirect(http.StatusSeeOther, "/orders/pending")
	}
	return c.String(http.StatusOK, "thank you")
}

// notification: a webhook guarded by a shared token in a header.
func (a *app) notification(c echo.Context) error {
	if c.Request().Header.Get("X-Webhook-Token") != a.hookToken {
		return c.NoContent(http.StatusUnauthorized)
	}
	var body struct {
		Resource struct {
			ID string `json:"id"`
		} `json:"resource"`
	}
	if err := c.Bind(&body); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if _, err := a.pp.CaptureOrder(c.Request().Context(), body.Resource.ID, paypal.CaptureOrderRequest{}); err != nil { // want "webhook handler calls the payment provider"
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}
