// Package web is a stub of github.com/beego/beego/v2/server/web (v2.3.8):
// only what paylint's tests use.
package web

import beecontext "github.com/beego/beego/v2/server/web/context"

// HandleFunc is a beego function handler.
type HandleFunc func(ctx *beecontext.Context)

// HttpServer is a beego server.
type HttpServer struct{}

// ControllerRegister holds the routes.
type ControllerRegister struct{}

func (p *ControllerRegister) Post(pattern string, f HandleFunc) { panic("stub") }

// Post registers f for POST requests on rootpath.
func Post(rootpath string, f HandleFunc) *HttpServer { panic("stub") }
