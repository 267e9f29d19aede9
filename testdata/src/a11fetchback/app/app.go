// Package app mounts the Mercado Pago notice on a webhook route, bound to
// the ticket office that calls the venue before the notice is answered.
package app

import (
	"database/sql"
	"os"

	"github.com/labstack/echo/v4"
	"github.com/mercadopago/sdk-go/pkg/payment"

	"a11fetchback/mpnotice"
	"a11fetchback/tickets"
)

func Routes(e *echo.Echo, db *sql.DB, pc payment.Client) {
	rcv := mpnotice.NewReceiver(pc, tickets.NewOffice(db, os.Getenv("VENUE_URL"))) // want `webhook handler calls mpnotice.Tickets.Issue \(mpnotice.go:43, in mpnotice.Receiver.Receive\), bound here to tickets.Office.Issue, which calls an external API \(http.Post\)`
	e.POST("/webhooks/mercadopago", rcv.Receive)
}
