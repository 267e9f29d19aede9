// Package queued mounts the dispute webhook handing refunds to a worker.
package queued

import (
	"os"

	"github.com/hibiken/asynq"
	"github.com/labstack/echo/v4"

	"ctorusecase/refunds"
	"ctorusecase/web"
)

// Mount: the bound use case only enqueues; silent.
func Mount(e *echo.Echo) {
	q := asynq.NewClient(asynq.RedisClientOpt{Addr: os.Getenv("REDIS_ADDR")})
	d := &web.Disputes{
		Secret:  os.Getenv("STRIPE_WEBHOOK_SECRET"),
		Refunds: refunds.NewQueuedRefunds(q),
	}
	e.POST("/stripe/disputes", d.Closed)
}
