// Package gatedserver: the same engine-wide tracing and static files,
// plus middleware of a package whose code is not judged here (a library
// that may check the request): silent.
package gatedserver

import (
	"github.com/gin-contrib/static"
	"github.com/gin-gonic/gin"
	"go.opentelemetry.io/contrib/instrumentation/github.com/gin-gonic/gin/otelgin"

	"rc2quietmw/tills"
)

// Engine mounts the terminal webhook behind middleware it cannot judge.
func Engine(t *tills.Tills, gate gin.HandlerFunc) *gin.Engine {
	e := gin.New()
	e.Use(otelgin.Middleware("till-api"), gate)
	e.Use(static.ServeRoot("/", "./web"))
	e.POST("/terminal/webhook", t.TerminalWebhook)
	return e
}
