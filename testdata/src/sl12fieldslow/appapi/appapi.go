// Package appapi mounts the same notice as an internal API the finance
// tool posts to: no webhook route, so nothing waits on a provider.
package appapi

import (
	"database/sql"
	"os"

	"github.com/gin-gonic/gin"

	"sl12fieldslow/chat"
	"sl12fieldslow/refundhook"
)

func Routes(r *gin.Engine, db *sql.DB) {
	notice := refundhook.NewNotice(db, chat.NewNotifier(os.Getenv("FINANCE_CHAT_URL")))
	r.POST("/api/refund-status", notice.Receive)
}
