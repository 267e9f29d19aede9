// Package appreturn mounts the same handler as the page the buyer's
// browser posts back to after paying: no webhook route, so no
// provider's timeout to answer before.
package appreturn

import (
	"database/sql"
	"os"

	"github.com/labstack/echo/v4"
	"github.com/mercadopago/sdk-go/pkg/payment"

	"a11fetchback/mpnotice"
	"a11fetchback/tickets"
)

func Routes(e *echo.Echo, db *sql.DB, pc payment.Client) {
	rcv := mpnotice.NewReceiver(pc, tickets.NewOffice(db, os.Getenv("VENUE_URL")))
	e.POST("/checkout/return", rcv.Receive)
}
