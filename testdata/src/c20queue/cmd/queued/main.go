// Command queued binds the receipt port to the asynq queue: the answer
// waits on an enqueue only.
package main

import (
	"database/sql"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/hibiken/asynq"

	"c20queue/hooks"
	"c20queue/jobs"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	q := jobs.NewAsynq(asynq.NewClient(asynq.RedisClientOpt{Addr: os.Getenv("REDIS_ADDR")}))
	r := gin.New()
	hooks.Mount(r, hooks.New(os.Getenv("STRIPE_WEBHOOK_SECRET"), db, q))
	_ = r.Run(":8080")
}
