package golangciplugin

import (
	"errors"
	"time"
	"unsafe"
)

// This file is the plugin's only access to analyzers/internal/config.
//
// Go's internal-package rule allows importing analyzers/internal/config only
// from packages under analyzers/, and analyzers/ exports no configuration API
// yet. Until it does (a shim in package analyzers such as
// `type Config = config.Config` and `func SetConfig(*Config)`, after which
// this file becomes register.DecodeSettings[analyzers.Config] and
// analyzers.SetConfig), the functions are reached with //go:linkname pull
// directives. Each declaration must match the signature in
// analyzers/internal/config, with *config.Config as an opaque pointer;
// TestBridge checks them against the real behaviour.
//
// register.DecodeSettings is a JSON round trip into a decoder with
// DisallowUnknownFields; config.DecodeJSON is the same strict JSON decoder
// over the same struct, plus Validate, so decoding goes through it.

//go:linkname cfgDecodeJSON github.com/paylint/paylint/analyzers/internal/config.DecodeJSON
func cfgDecodeJSON(data []byte) (unsafe.Pointer, error)

//go:linkname cfgSetOverride github.com/paylint/paylint/analyzers/internal/config.SetOverride
func cfgSetOverride(c unsafe.Pointer)

//go:linkname cfgForDir github.com/paylint/paylint/analyzers/internal/config.ForDir
func cfgForDir(dir string) (unsafe.Pointer, error)

//go:linkname cfgPollMin github.com/paylint/paylint/analyzers/internal/config.(*Config).PollMin
func cfgPollMin(c unsafe.Pointer) time.Duration

// Config is a decoded paylint configuration (an opaque *config.Config).
type Config struct{ p unsafe.Pointer }

// PollMin is the effective poll interval minimum of c.
func (c *Config) PollMin() time.Duration { return cfgPollMin(c.p) }

// decodeJSON strictly decodes settings in the .paylint.yml schema.
func decodeJSON(data []byte) (*Config, error) {
	p, err := cfgDecodeJSON(data)
	if err != nil {
		return nil, err
	}
	if p == nil {
		return nil, errors.New("no configuration")
	}
	return &Config{p}, nil
}

// setOverride makes c the configuration of every package; nil restores
// .paylint.yml discovery.
func setOverride(c *Config) {
	if c == nil {
		cfgSetOverride(nil)
		return
	}
	cfgSetOverride(c.p)
}

// configForDir returns the configuration paylint's analyzers use for a
// package directory.
func configForDir(dir string) (*Config, error) {
	p, err := cfgForDir(dir)
	if err != nil {
		return nil, err
	}
	return &Config{p}, nil
}
