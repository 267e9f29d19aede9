// Package app mounts the partner's mandate events on chi behind the
// signature middleware, texting payers through the SMS provider's API.
package app

import (
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"

	"rc4signed/mandates"
	"rc4signed/sighmac"
	"rc4signed/texts"
)

func Routes(seen mandates.Seen, store mandates.Mandates, secret []byte) http.Handler {
	h := mandates.New(seen, store, texts.NewGateway(http.DefaultClient, os.Getenv("SMS_URL"))) // want `webhook handler calls mandates.Texter.Text \(mandates.go:65, in mandates.Hooks.Cancelled\), bound here to texts.Gateway.Text, which calls an external API`
	r := chi.NewRouter()
	r.Method(http.MethodPost, "/hooks/bank/mandates", sighmac.Throttle(8)(sighmac.Require(secret)(http.HandlerFunc(h.Cancelled))))
	return r
}
