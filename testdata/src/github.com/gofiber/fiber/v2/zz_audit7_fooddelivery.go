package fiber

import "context"

// Map is a shortcut for map[string]interface{} (app.go, v2.52.5).
type Map map[string]interface{}

// UserContext returns the request's user context (ctx.go, v2.52.5).
func (c *Ctx) UserContext() context.Context { panic("stub") }

// HTTP status codes missing from the stub (helpers.go, v2.52.5).
const (
	StatusUnauthorized = 401 // RFC 9110, 15.5.2
	StatusBadGateway   = 502 // RFC 9110, 15.6.3
)
