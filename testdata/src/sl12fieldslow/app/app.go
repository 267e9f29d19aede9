// Package app mounts the refund notices on the acquirer's webhook routes
// (gin, and chi for the net/http one).
package app

import (
	"database/sql"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"

	"sl12fieldslow/chat"
	"sl12fieldslow/refundhook"
)

func Routes(r *gin.Engine, mux *chi.Mux, db *sql.DB) {
	finance := chat.NewNotifier(os.Getenv("FINANCE_CHAT_URL"))
	notice := refundhook.NewNotice(db, finance) // want `webhook handler calls chat.Notifier.Post \(refundhook.go:50, in refundhook.Notice.Receive\), bound here to chat.Notifier.Post, which calls an external API \(http.Client.Do\) before answering`
	r.POST("/webhooks/acquirer/refunds", notice.Receive)
	mux.Post("/webhooks/acquirer/refunds-late", refundhook.NewLate(db, finance).Receive)
	r.POST("/webhooks/acquirer/refunds-async", refundhook.NewAsync(db, finance).Receive)
	r.POST("/webhooks/acquirer/refunds-digest", refundhook.NewDigest(db, finance).Receive)
}
