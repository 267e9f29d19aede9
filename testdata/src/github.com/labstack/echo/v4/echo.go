// Package echo is a trimmed stub of github.com/labstack/echo/v4 (v4.16.0):
// same package path, names and signatures; bodies panic.
package echo

import (
	"net/http"
	"net/url"
)

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(c Context) error

// MiddlewareFunc defines a function to process middleware.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// Context represents the context of the current HTTP request.
type Context interface {
	Request() *http.Request
	Response() *Response
	Param(name string) string
	QueryParam(name string) string
	QueryParams() url.Values
	FormValue(name string) string
	Bind(i any) error
	String(code int, s string) error
	JSON(code int, i any) error
	NoContent(code int) error
	Redirect(code int, url string) error
	Get(key string) interface{}
	Set(key string, val interface{})
}

// Response wraps an http.ResponseWriter.
type Response struct {
	Writer http.ResponseWriter
	Status int
}

// Route contains information to adding/generating URI for the route.
type Route struct {
	Method string
	Path   string
	Name   string
}

// Echo is the top-level framework instance.
type Echo struct{}

// Group is a set of sub-routes for a specified route.
type Group struct{}

func New() (e *Echo) { panic("stub") }

func (e *Echo) Use(middleware ...MiddlewareFunc)                            { panic("stub") }
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { panic("stub") }
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { panic("stub") }
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { panic("stub") }
func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	panic("stub")
}
func (e *Echo) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) *Route {
	panic("stub")
}
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) { panic("stub") }
func (e *Echo) Start(address string) error                          { panic("stub") }
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request)    { panic("stub") }

func (g *Group) Use(middleware ...MiddlewareFunc)                            { panic("stub") }
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { panic("stub") }
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { panic("stub") }

// NewHTTPError creates a new HTTPError instance.
func NewHTTPError(code int, message ...any) *HTTPError { panic("stub") }

// HTTPError represents an error that occurred while handling a request.
type HTTPError struct {
	Code    int
	Message any
}

func (he *HTTPError) Error() string { panic("stub") }
