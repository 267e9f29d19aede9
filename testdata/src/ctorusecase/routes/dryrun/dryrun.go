// Package dryrun mounts the dispute webhook behind a desk that may be a
// dry run.
package dryrun

import (
	"os"

	"github.com/labstack/echo/v4"

	"ctorusecase/refunds"
	"ctorusecase/web"
)

// Mount: the constructor chooses between two types at run time; silent.
func Mount(e *echo.Echo) {
	d := &web.Disputes{
		Secret:  os.Getenv("STRIPE_WEBHOOK_SECRET"),
		Refunds: refunds.NewDisputeDesk(os.Getenv("LIVE") == "1", "fraudulent"),
	}
	e.POST("/stripe/disputes", d.Closed)
}
