package analyzers

import (
	"fmt"

	"github.com/paylint/paylint/analyzers/internal/config"
)

// Config is paylint's configuration: the schema of .paylint.yml and of the
// golangci-lint settings. It is re-exported here because the commands and
// the golangci-lint plugin live outside analyzers/ and Go's internal-package
// rule keeps them from importing analyzers/internal/config.
type Config = config.Config

// LoadConfig reads and validates a .paylint.yml. Errors are one line that
// names the file, the line and the key, says what was wanted and what was
// found, and suggests the nearest key or kind for a misspelt one.
func LoadConfig(path string) (*Config, error) { return config.Load(path) }

// DecodeConfigJSON strictly decodes settings given as JSON (the form
// golangci-lint hands to plugins), with the messages of LoadConfig minus
// the file and line, which JSON settings do not have.
func DecodeConfigJSON(data []byte) (*Config, error) { return config.DecodeJSON(data) }

// UseConfig makes c the configuration of every package analyzed by this
// process (-config, golangci-lint settings); nil restores the lookup of
// .paylint.yml from each package's directory upwards.
func UseConfig(c *Config) { config.SetOverride(c) }

// ConfigForDir returns the configuration that applies to a package
// directory, and the error of a malformed file found for it.
func ConfigForDir(dir string) (*Config, error) { return config.ForDir(dir) }

// UseConfigYAML makes the .paylint.yml content data (named name in error
// messages) the configuration of every package analyzed by this process.
// It is how a driver that runs the analyzers itself, with no paylint
// command around them (Bazel's nogo), gets a configuration: a package in
// the nogo deps embeds the file and calls this from its init function
// (docs/nogo.md).
func UseConfigYAML(name string, data []byte) error {
	c, err := config.Parse(data)
	if err != nil {
		return fmt.Errorf("config %s: %v", name, err)
	}
	config.SetOverride(c)
	return nil
}
