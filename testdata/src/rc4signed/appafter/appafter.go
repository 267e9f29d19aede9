// Package appafter mounts the handlers that text the payer after the
// answer, or from a goroutine: the provider is answered at once.
package appafter

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
	signed := sighmac.Require(secret)
	r := chi.NewRouter()
	r.Method(http.MethodPost, "/hooks/bank/mandates/expired", signed(http.HandlerFunc(h.Expired)))
	r.Method(http.MethodPost, "/hooks/bank/mandates/suspended", signed(http.HandlerFunc(h.Suspended)))
	return r
}
