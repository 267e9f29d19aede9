// Package gin is a trimmed stub of github.com/gin-gonic/gin (v1.12.0):
// same package path, names and signatures; bodies panic.
package gin

import "net/http"

// HandlerFunc defines the handler used by gin middleware as return value.
type HandlerFunc func(*Context)

// HandlersChain defines a HandlerFunc slice.
type HandlersChain []HandlerFunc

// OptionFunc configures an Engine.
type OptionFunc func(*Engine)

// IRouter defines all router handle interface includes single and group router.
type IRouter interface {
	IRoutes
	Group(string, ...HandlerFunc) *RouterGroup
}

// IRoutes defines all router handle interface.
type IRoutes interface {
	Use(...HandlerFunc) IRoutes
	Handle(string, string, ...HandlerFunc) IRoutes
	Any(string, ...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
	PATCH(string, ...HandlerFunc) IRoutes
	PUT(string, ...HandlerFunc) IRoutes
}

// RouterGroup is associated with a prefix and an array of handlers.
type RouterGroup struct {
	Handlers HandlersChain
}

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { panic("stub") }
func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	panic("stub")
}
func (group *RouterGroup) Handle(httpMethod, relativePath string, handlers ...HandlerFunc) IRoutes {
	panic("stub")
}
func (group *RouterGroup) Any(relativePath string, handlers ...HandlerFunc) IRoutes    { panic("stub") }
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes    { panic("stub") }
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes   { panic("stub") }
func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes { panic("stub") }
func (group *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes  { panic("stub") }
func (group *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes    { panic("stub") }

// Engine is the framework's instance.
type Engine struct {
	RouterGroup
}

func New(opts ...OptionFunc) *Engine                                      { panic("stub") }
func Default(opts ...OptionFunc) *Engine                                  { panic("stub") }
func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes              { panic("stub") }
func (engine *Engine) Run(addr ...string) (err error)                     { panic("stub") }
func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) { panic("stub") }

// H is a shortcut for map[string]any.
type H map[string]any
