// Package iris is a stub of github.com/kataras/iris/v12 (v12.2.11): only
// what paylint's tests use.
package iris

import (
	"github.com/kataras/iris/v12/context"
	"github.com/kataras/iris/v12/core/router"
)

// Context is the iris request context.
type Context = *context.Context

// Application is an iris server.
type Application struct {
	*router.APIBuilder
}

// New makes an Application.
func New() *Application { panic("stub") }
