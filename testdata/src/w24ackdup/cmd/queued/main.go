// Command queued ships orders through a worker.
package main

import (
	"os"

	"github.com/gin-gonic/gin"
	"github.com/hibiken/asynq"

	"w24ackdup/fulfil"
	"w24ackdup/hooks"
)

func main() {
	q := asynq.NewClient(asynq.RedisClientOpt{Addr: os.Getenv("REDIS_ADDR")})
	r := gin.New()
	hooks.NewStripe(os.Getenv("STRIPE_WEBHOOK_SECRET"), fulfil.NewQueued(q)).Mount(r)
	_ = r.Run(":8080")
}
