// Package chi is a trimmed stub of github.com/go-chi/chi/v5 (v5.5.0):
// same package path, names and signatures; bodies panic.
package chi

import (
	"context"
	"net/http"
)

// Router consisting of the core routing methods used by chi's Mux.
type Router interface {
	http.Handler

	Use(middlewares ...func(http.Handler) http.Handler)
	With(middlewares ...func(http.Handler) http.Handler) Router
	Group(fn func(r Router)) Router
	Route(pattern string, fn func(r Router)) Router
	Mount(pattern string, h http.Handler)
	Handle(pattern string, h http.Handler)
	HandleFunc(pattern string, h http.HandlerFunc)
	Method(method, pattern string, h http.Handler)
	MethodFunc(method, pattern string, h http.HandlerFunc)
	Delete(pattern string, h http.HandlerFunc)
	Get(pattern string, h http.HandlerFunc)
	Patch(pattern string, h http.HandlerFunc)
	Post(pattern string, h http.HandlerFunc)
	Put(pattern string, h http.HandlerFunc)
}

// Mux is a simple HTTP route multiplexer.
type Mux struct{}

func NewRouter() *Mux { panic("stub") }
func NewMux() *Mux    { panic("stub") }

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request)              { panic("stub") }
func (mx *Mux) Use(middlewares ...func(http.Handler) http.Handler)            { panic("stub") }
func (mx *Mux) With(middlewares ...func(http.Handler) http.Handler) Router    { panic("stub") }
func (mx *Mux) Group(fn func(r Router)) Router                                { panic("stub") }
func (mx *Mux) Route(pattern string, fn func(r Router)) Router                { panic("stub") }
func (mx *Mux) Mount(pattern string, handler http.Handler)                    { panic("stub") }
func (mx *Mux) Handle(pattern string, handler http.Handler)                   { panic("stub") }
func (mx *Mux) HandleFunc(pattern string, handlerFn http.HandlerFunc)         { panic("stub") }
func (mx *Mux) Method(method, pattern string, handler http.Handler)           { panic("stub") }
func (mx *Mux) MethodFunc(method, pattern string, handlerFn http.HandlerFunc) { panic("stub") }
func (mx *Mux) Delete(pattern string, handlerFn http.HandlerFunc)             { panic("stub") }
func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc)                { panic("stub") }
func (mx *Mux) Patch(pattern string, handlerFn http.HandlerFunc)              { panic("stub") }
func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc)               { panic("stub") }
func (mx *Mux) Put(pattern string, handlerFn http.HandlerFunc)                { panic("stub") }

// URLParam returns the url parameter from a http.Request object.
func URLParam(r *http.Request, key string) string { panic("stub") }

// URLParamFromCtx returns the url parameter from a http.Request Context.
func URLParamFromCtx(ctx context.Context, key string) string { panic("stub") }
