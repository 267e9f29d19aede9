// Package rest is a stub of github.com/zeromicro/go-zero/rest (v1.8.4):
// only what paylint's tests use.
package rest

import "net/http"

type (
	// Route is a route.
	Route struct {
		Method  string
		Path    string
		Handler http.HandlerFunc
	}
	// RouteOption customizes a route.
	RouteOption func(r *featuredRoutes)
	// RunOption customizes the server.
	RunOption func(*Server)
	// RestConf is the server configuration.
	RestConf struct{}
)

type featuredRoutes struct{}

// Server is a go-zero HTTP server.
type Server struct{}

func MustNewServer(c RestConf, opts ...RunOption) *Server   { panic("stub") }
func (s *Server) AddRoute(r Route, opts ...RouteOption)     { panic("stub") }
func (s *Server) AddRoutes(rs []Route, opts ...RouteOption) { panic("stub") }
