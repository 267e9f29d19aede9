// Package route is a stub of github.com/cloudwego/hertz/pkg/route
// (v0.10.1): only what paylint's tests use.
package route

import "github.com/cloudwego/hertz/pkg/app"

// IRoutes is the route registration interface.
type IRoutes interface{}

// RouterGroup groups routes.
type RouterGroup struct{}

func (group *RouterGroup) POST(relativePath string, handlers ...app.HandlerFunc) IRoutes {
	panic("stub")
}
func (group *RouterGroup) GET(relativePath string, handlers ...app.HandlerFunc) IRoutes {
	panic("stub")
}

// Engine is the hertz router.
type Engine struct {
	RouterGroup
}
