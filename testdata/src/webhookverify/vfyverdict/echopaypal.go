package vfyverdict

import (
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/plutov/paypal/v4"
)

// EchoCaptures receives PayPal capture events on echo.
type EchoCaptures struct {
	pp    *paypal.Client
	hook  string
	store *sql.DB
}

func (d *EchoCaptures) Mount(e *echo.Echo) {
	e.POST("/hooks/paypal/captures", d.captureErrOnly)
	e.POST("/hooks/paypal/captures-v2", d.captureRejectsNotSuccess)
}

// captureErrOnly: the call went through, its answer is not read.
func (d *EchoCaptures) captureErrOnly(c echo.Context) error {
	if _, err := d.pp.VerifyWebhookSignature(c.Request().Context(), c.Request(), d.hook); err != nil {
		return c.NoContent(http.StatusForbidden)
	}
	var n captureNotice
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if n.EventType == "PAYMENT.CAPTURE.COMPLETED" {
		d.store.Exec("UPDATE payments SET status = 'paid' WHERE capture_id = $1", n.CaptureID) // want `checks only the error of paypal Client.VerifyWebhookSignature`
	}
	return c.NoContent(http.StatusOK)
}

// captureRejectsNotSuccess: anything but SUCCESS is refused, in a switch.
func (d *EchoCaptures) captureRejectsNotSuccess(c echo.Context) error {
	out, err := d.pp.VerifyWebhookSignature(c.Request().Context(), c.Request(), d.hook)
	if err != nil {
		return c.NoContent(http.StatusBadGateway)
	}
	switch {
	case out.VerificationStatus != "SUCCESS":
		return c.NoContent(http.StatusForbidden)
	}
	var n captureNotice
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if n.EventType == "PAYMENT.CAPTURE.COMPLETED" {
		d.store.Exec("UPDATE payments SET status = 'paid' WHERE capture_id = $1", n.CaptureID)
	}
	return c.NoContent(http.StatusOK)
}
