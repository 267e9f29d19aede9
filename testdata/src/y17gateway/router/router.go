// Package router mounts the gateway's handlers.
package router

import (
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"

	"y17gateway/admin"
	"y17gateway/books"
	"y17gateway/ewallet"
	"y17gateway/qris"
	"y17gateway/relay"
)

// Mount registers every route.
func Mount(e *echo.Echo, mux *http.ServeMux, db *sql.DB) {
	s := books.New(db)
	p := relay.NewPager("https://chat.example/hook")
	g := qris.New(s, relay.NewForwarder(), p, "secret")
	e.POST("/payments/qris/settled", g.QRSettled)
	e.POST("/payments/qris/queued", g.QRQueued)
	e.POST("/payments/qris/logged", g.QRLogged)
	e.POST("/payments/qris/profile", g.QRProfile)
	k := &admin.Console{Store: s, Pager: p}
	e.POST("/admin/replay", k.ReplayWebhook)
	e.POST("/admin/topup", k.TopUp)
	rc := &ewallet.Receiver{Store: s, Pager: p}
	mux.HandleFunc("POST /ewallet/balance", rc.BalanceIPN)
	mux.HandleFunc("POST /ewallet/flushed", rc.FlushedIPN)
}
