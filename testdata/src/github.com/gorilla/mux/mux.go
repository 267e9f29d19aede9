// Package mux is a trimmed stub of github.com/gorilla/mux (v1.8.1):
// same package path, names and signatures; bodies panic.
package mux

import "net/http"

// MiddlewareFunc is a function which receives an http.Handler and returns another http.Handler.
type MiddlewareFunc func(http.Handler) http.Handler

// Router registers routes to be matched and dispatches a handler.
type Router struct{}

// Route stores information to match a request and build URLs.
type Route struct{}

func NewRouter() *Router { panic("stub") }

func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) { panic("stub") }
func (r *Router) Use(mwf ...MiddlewareFunc)                          { panic("stub") }
func (r *Router) Handle(path string, handler http.Handler) *Route    { panic("stub") }
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter,
	*http.Request)) *Route {
	panic("stub")
}
func (r *Router) Methods(methods ...string) *Route { panic("stub") }
func (r *Router) PathPrefix(tpl string) *Route     { panic("stub") }

func (r *Route) Handler(handler http.Handler) *Route { panic("stub") }
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route {
	panic("stub")
}
func (r *Route) Methods(methods ...string) *Route { panic("stub") }
func (r *Route) Path(tpl string) *Route           { panic("stub") }
func (r *Route) PathPrefix(tpl string) *Route     { panic("stub") }
func (r *Route) Queries(pairs ...string) *Route   { panic("stub") }
func (r *Route) Subrouter() *Router               { panic("stub") }

// Vars returns the route variables for the current request, if any.
func Vars(r *http.Request) map[string]string { panic("stub") }
