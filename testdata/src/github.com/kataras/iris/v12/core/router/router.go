// Package router is a stub of github.com/kataras/iris/v12/core/router
// (v12.2.11): only what paylint's tests use.
package router

import "github.com/kataras/iris/v12/context"

// Route is a registered route.
type Route struct{}

// APIBuilder registers routes.
type APIBuilder struct{}

func (api *APIBuilder) Handle(method string, relativePath string, handlers ...context.Handler) *Route {
	panic("stub")
}
func (api *APIBuilder) Get(relativePath string, handlers ...context.Handler) *Route  { panic("stub") }
func (api *APIBuilder) Post(relativePath string, handlers ...context.Handler) *Route { panic("stub") }
