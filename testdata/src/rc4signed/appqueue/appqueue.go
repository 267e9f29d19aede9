// Package appqueue mounts the cancellation on the signed partner route,
// its texts kept in memory for a sender job: nothing slow before the answer.
package appqueue

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"rc4signed/mandates"
	"rc4signed/sighmac"
	"rc4signed/texts"
)

func Routes(seen mandates.Seen, store mandates.Mandates, secret []byte) http.Handler {
	h := mandates.New(seen, store, &texts.Outbox{})
	r := chi.NewRouter()
	r.Method(http.MethodPost, "/hooks/bank/mandates", sighmac.Require(secret)(http.HandlerFunc(h.Cancelled)))
	return r
}
