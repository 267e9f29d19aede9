// Package otelgin is a stub of
// go.opentelemetry.io/contrib/instrumentation/github.com/gin-gonic/gin/otelgin
// (v0.68.0): the tracing middleware, with its real signatures.
package otelgin

import "github.com/gin-gonic/gin"

// Option configures the middleware (config.go).
type Option interface {
	apply(*config)
}

type config struct{}

// Middleware traces each request (gin.go).
func Middleware(service string, opts ...Option) gin.HandlerFunc { panic("stub") }
