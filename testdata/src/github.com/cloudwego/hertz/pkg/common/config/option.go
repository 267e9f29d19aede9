// Package config is a stub of github.com/cloudwego/hertz/pkg/common/config
// (v0.10.1): only what paylint's tests use.
package config

// Options are the server options.
type Options struct{}

// Option sets an option.
type Option struct {
	F func(o *Options)
}
