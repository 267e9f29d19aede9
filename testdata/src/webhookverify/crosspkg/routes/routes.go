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
	mux.HandleFunc("POST /psp/charge", wh.Charge)
	mux.HandleFunc("POST /psp/raw", wh.Raw)
	mux.HandleFunc("POST /psp/verified", wh.Verified)
	mux.HandleFunc("POST /psp/logged", wh.Logged)
	mux.HandleFunc("POST /psp/status", psp.ChargeSucceeded(s))
	mux.HandleFunc("POST /admin/replay", ad.ReplayEvent)
	mux.HandleFunc("POST /admin/paid", ad.MarkPaid)
	mux.HandleFunc("POST /checkout/complete", ac.Complete)
	g := &psp.Gin{S: s}
	r.POST("/psp/paid", g.Paid)
	r.POST("/psp/sync", g.Sync)
}
