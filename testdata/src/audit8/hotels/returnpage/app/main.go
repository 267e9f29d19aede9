// Package app wires the booking engine.
package app

import (
	"database/sql"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
	"github.com/labstack/echo/v4"

	"audit8/hotels/returnpage/reservations"
	"audit8/hotels/returnpage/web"
)

// Run starts the booking engine.
func Run(db *sql.DB, apiKey string) error {
	e := echo.New()
	ady := adyen.NewClient(&common.Config{ApiKey: apiKey})
	web.Register(e, &web.Pages{Bookings: reservations.NewStore(db), Adyen: ady.Checkout()})
	return e.Start(":8080")
}
