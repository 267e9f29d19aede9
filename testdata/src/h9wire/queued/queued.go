// Package queued binds the Paddle handler to a channel queue: the
// booking happens in a worker, nothing repeats in the request.
package queued

import (
	"net/http"
	"os"

	"h9wire/credits"
	"h9wire/paddlehook"
)

func Mux(ch chan credits.Grant) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/paddle/paid", paddlehook.NewPaid(os.Getenv("PADDLE_SECRET"), credits.Queue{Ch: ch}).Transaction)
	return mux
}
