// Package appadmin mounts the cancellation on a signed back-office route
// an operator's tool calls: no provider waits on it.
package appadmin

import (
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"

	"rc4signed/mandates"
	"rc4signed/sighmac"
	"rc4signed/texts"
)

func Routes(seen mandates.Seen, store mandates.Mandates, secret []byte) http.Handler {
	h := mandates.New(seen, store, texts.NewGateway(http.DefaultClient, os.Getenv("SMS_URL")))
	r := chi.NewRouter()
	r.Method(http.MethodPost, "/admin/mandates/cancel", sighmac.Require(secret)(http.HandlerFunc(h.Cancelled)))
	return r
}
