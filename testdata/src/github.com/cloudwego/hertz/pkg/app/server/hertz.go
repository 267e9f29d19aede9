// Package server is a stub of github.com/cloudwego/hertz/pkg/app/server
// (v0.10.1): only what paylint's tests use.
package server

import (
	"github.com/cloudwego/hertz/pkg/common/config"
	"github.com/cloudwego/hertz/pkg/route"
)

// Hertz is a hertz server.
type Hertz struct {
	*route.Engine
}

// Default makes a server with the default middleware.
func Default(opts ...config.Option) *Hertz { panic("stub") }
