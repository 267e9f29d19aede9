// Package appci mounts the CI notice on a webhook route.
package appci

import (
	"os"

	"github.com/gin-gonic/gin"

	"sl12fieldslow/chat"
	"sl12fieldslow/cihook"
)

func Routes(r *gin.Engine) {
	r.POST("/webhooks/ci", cihook.NewBuilds(chat.NewNotifier(os.Getenv("DEV_CHAT_URL"))).Receive)
}
