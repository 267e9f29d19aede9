// Command queued tops up through a worker.
package main

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/hibiken/asynq"

	"topupcredit/hooks"
	"topupcredit/wallet"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	q := asynq.NewClient(asynq.RedisClientOpt{Addr: os.Getenv("REDIS_ADDR")})
	h := hooks.NewRevolut(os.Getenv("REVOLUT_SIGNING_SECRET"), wallet.NewQueued(q), wallet.NewJournal(db))
	r := chi.NewRouter()
	r.Post("/webhooks/revolut/funds", h.Funds)
	r.Post("/webhooks/revolut/settled", h.Settled)
	_ = http.ListenAndServe(":8081", r)
}
