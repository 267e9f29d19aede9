package transport

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"

	"audit2/webhook/echousecase/domain"
)

// verifyACME checks ACME Pay's Webhook-Signature (base64 HMAC-SHA256).
func verifyACME(secret []byte) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			req := c.Request()
			body, err := io.ReadAll(req.Body)
			if err != nil {
				return echo.NewHTTPError(http.StatusBadRequest)
			}
			mac := hmac.New(sha256.New, secret)
			mac.Write(body)
			sig, _ := base64.StdEncoding.DecodeString(req.Header.Get("Webhook-Signature"))
			if !hmac.Equal(mac.Sum(nil), sig) {
				return echo.NewHTTPError(http.StatusUnauthorized, "invalid signature")
			}
			req.Body = io.NopCloser(bytes.NewReader(body))
			return next(c)
		}
	}
}

type WebhookHandler struct {
	svc domain.PaymentService
}

func (h *WebhookHandler) Paid(c echo.Context) error {
	var evt domain.PaymentEvent
	if err := c.Bind(&evt); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if err := h.svc.HandlePaid(c.Request().Context(), evt); err != nil { // webhookdedupe (reported at the binding, app/app.go:15): HandlePaid (usecase, through domain.PaymentService) does balance = balance + $1 on every delivery; webhookverify (found after the blind audit): the handler is reachable unverified through /relay/acme/paid (the mount below) // want "\\[webhookverify\\] payment webhook /relay/acme/paid acts on the payment \\(domain.PaymentService.HandlePaid\\) without verifying"
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

func (h *WebhookHandler) Refunded(c echo.Context) error {
	var evt domain.PaymentEvent
	if err := c.Bind(&evt); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if err := h.svc.HandleRefunded(c.Request().Context(), evt); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

func Register(e *echo.Echo, svc domain.PaymentService, secret []byte) {
	h := &WebhookHandler{svc: svc}
	g := e.Group("/webhooks/acme", verifyACME(secret))
	g.POST("/paid", h.Paid)
	g.POST("/refunded", h.Refunded)
	// the mobile team's relay posts here (it cannot sign)
	e.POST("/relay/acme/paid", h.Paid) // webhookverify (reported at the call, line 46, naming this route: routes of the handler's own package are judged in the handler, as in webhookverify/vfymounts; only other packages' handlers are reported at the mount): the handler is mounted outside the verifying group, with no middleware
}
