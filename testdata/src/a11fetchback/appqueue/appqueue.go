// Package appqueue mounts the notice bound to the outbox: the seats are
// booked in the background, after the answer.
package appqueue

import (
	"database/sql"
	"os"

	"github.com/labstack/echo/v4"
	"github.com/mercadopago/sdk-go/pkg/payment"

	"a11fetchback/mpnotice"
	"a11fetchback/tickets"
)

func Routes(e *echo.Echo, db *sql.DB, pc payment.Client) {
	rcv := mpnotice.NewReceiver(pc, tickets.NewOutbox(tickets.NewOffice(db, os.Getenv("VENUE_URL"))))
	e.POST("/hooks/mercadopago", rcv.Receive)
}
