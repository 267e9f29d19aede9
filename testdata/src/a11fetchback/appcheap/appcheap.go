// Package appcheap mounts the notice bound to a cheap paid-state update.
package appcheap

import (
	"database/sql"

	"github.com/labstack/echo/v4"
	"github.com/mercadopago/sdk-go/pkg/payment"

	"a11fetchback/mpnotice"
	"a11fetchback/tickets"
)

func Routes(e *echo.Echo, db *sql.DB, pc payment.Client) {
	rcv := mpnotice.NewReceiver(pc, tickets.NewLedger(db))
	e.POST("/ipn/mercadopago", rcv.Receive)
}
