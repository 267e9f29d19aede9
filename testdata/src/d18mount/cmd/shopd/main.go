package main

import (
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"

	"d18mount/intents"
	"d18mount/notify"
	"d18mount/routes"
)

func main() {
	r := chi.NewRouter()
	routes.Mount(r, intents.NewSettler(notify.Relay{Addr: os.Getenv("SMTP_ADDR"), From: "shop@example.com"})) // want "webhook handler calls notify.Sender.Tell \\(intents.go:33, in intents.Settler.Settle\\), bound here to notify.Relay.Tell, which sends a message \\(smtp.SendMail\\) before answering"
	_ = http.ListenAndServe(":8080", r)
}
