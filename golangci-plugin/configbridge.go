package golangciplugin

import "github.com/paylint/paylint/analyzers"

// Config is paylint's configuration, the schema shared with .paylint.yml.
type Config = analyzers.Config

// decodeJSON strictly decodes settings in the .paylint.yml schema.
func decodeJSON(data []byte) (*Config, error) { return analyzers.DecodeConfigJSON(data) }

// setOverride makes c the configuration of every package; nil restores
// .paylint.yml discovery.
func setOverride(c *Config) { analyzers.UseConfig(c) }

// configForDir returns the configuration paylint's analyzers use for a
// package directory.
func configForDir(dir string) (*Config, error) { return analyzers.ConfigForDir(dir) }
