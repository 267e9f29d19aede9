// Package routes mounts the handlers of the other packages.
package routes

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"webhookverify/crosspkg/account"
	"webhookverify/crosspkg/admin"
	"webhookverify/crosspkg/psp"
	"webhookverify/crosspkg/store"
	"webhookverify/crosspkg/webhooks"
)

// Register mounts every route.
func Register(mux *http.ServeMux, r *gin.Engine, s *store.Store, wh *webhooks.Handler, ad *admin.Handler, ac *account.Handler) {
	mux.HandleFunc("POST /psp/charge", wh.Charge) // want `payment webhook handler wh.Charge \(package webhookverify/crosspkg/webhooks\) mounted on POST /psp/charge verifies no signature.*acts on the payment \(store.Store.MarkPaid\)`
	mux.HandleFunc("POST /psp/raw", wh.Raw)       // want `payment webhook handler wh.Raw .*mounted on POST /psp/raw`
	mux.HandleFunc("POST /psp/verified", wh.Verified)
	mux.HandleFunc("POST /psp/logged", wh.Logged)
	mux.HandleFunc("POST /psp/status", psp.ChargeSucceeded(s)) // want `payment webhook handler psp.ChargeSucceeded\(s\) \(package webhookverify/crosspkg/psp\) mounted on POST /psp/status`
	mux.HandleFunc("POST /admin/replay", ad.ReplayEvent)
	mux.HandleFunc("POST /admin/paid", ad.MarkPaid)
	mux.HandleFunc("POST /checkout/complete", ac.Complete)
	g := &psp.Gin{S: s}
	r.POST("/psp/paid", g.Paid) // want `payment webhook handler g.Paid .*mounted on POST /psp/paid`
	r.POST("/psp/sync", g.Sync)
}
