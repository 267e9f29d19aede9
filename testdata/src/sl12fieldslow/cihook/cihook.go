// Package cihook receives the CI server's build notices: a webhook, but
// no payment's.
package cihook

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"sl12fieldslow/chat"
)

type buildEvent struct {
	Status string `json:"status"`
	Commit string `json:"commit"`
}

// Builds tells the channel about failed builds.
type Builds struct{ chat *chat.Notifier }

// NewBuilds returns a Builds.
func NewBuilds(c *chat.Notifier) *Builds { return &Builds{chat: c} }

// Receive handles a build notice.
func (b *Builds) Receive(c *gin.Context) {
	var ev buildEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.Status == "failed" {
		_ = b.chat.Post(c, "build failed: "+ev.Commit)
	}
	c.Status(http.StatusOK)
}
