// Package router is a stub of github.com/fasthttp/router (v1.5.4): real
// names and signatures, trivial bodies.
package router

import "github.com/valyala/fasthttp"

// Router dispatches requests to handlers by method and path.
type Router struct{}

func New() *Router { return &Router{} }

func (r *Router) GET(path string, handler fasthttp.RequestHandler)  {}
func (r *Router) POST(path string, handler fasthttp.RequestHandler) {}
func (r *Router) Handler(ctx *fasthttp.RequestCtx)                  {}
