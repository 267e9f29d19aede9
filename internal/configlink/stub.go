//go:build !paylint_configlink

package configlink

import "errors"

// Available reports whether -config and configuration checks work in this
// build. They need analyzers/internal/config to be linked into the binary,
// which happens once an analyzer imports it; until then the default build
// uses this stub and the linkname version needs -tags paylint_configlink.
const Available = false

// Use reports that -config is unavailable in this build.
func Use(path string) error {
	return errors.New("-config is not available in this build yet (the analyzers do not use the configuration)")
}

// Check does nothing in this build.
func Check(dir string) error { return nil }
