// Command tipsapp mounts the tips hook behind the verifying middleware
// (silent) and, for an old integration, on a bare route too (reported
// there: nothing puts a verified event in its context, and a caller can).
package main

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"

	"e20ctxevent/tipshooks"
)

func main() {
	t := &tipshooks.TipHooks{DB: &sql.DB{}}
	r := chi.NewRouter()
	r.With(tipshooks.Verify(os.Getenv("PAYSTACK_SECRET"))).Post("/hooks/paystack", t.ChargeSuccess)
	r.Post("/hooks/paystack/legacy", t.ChargeSuccess) // want `payment webhook handler t.ChargeSuccess \(package e20ctxevent/tipshooks\) mounted on POST /hooks/paystack/legacy verifies no signature, and no middleware on this route does`
	_ = http.ListenAndServe(os.Getenv("ADDR"), r)
}
