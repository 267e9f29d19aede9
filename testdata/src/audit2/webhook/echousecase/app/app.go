package app

import (
	"os"

	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"

	"audit2/webhook/echousecase/transport"
	"audit2/webhook/echousecase/usecase"
)

func New(db *sqlx.DB) *echo.Echo {
	e := echo.New()
	transport.Register(e, usecase.NewPaymentService(db), []byte(os.Getenv("ACME_WEBHOOK_SECRET"))) // want "\\[webhookdedupe\\] webhook handler credits the balance \\(transport.WebhookHandler.Paid calls domain.PaymentService.HandlePaid \\(http.go:46\\), bound here to usecase.paymentService.HandlePaid"
	return e
}
