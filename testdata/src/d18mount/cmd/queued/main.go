package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"d18mount/intents"
	"d18mount/notify"
	"d18mount/routes"
)

func main() {
	r := chi.NewRouter()
	routes.Mount(r, intents.NewSettler(notify.Queue{C: make(chan string, 64)}))
	_ = http.ListenAndServe(":8080", r)
}
