// Package configlink gives the commands outside analyzers/ access to the
// two functions of analyzers/internal/config they need: loading a
// .paylint.yml and making it the configuration of every package (-config),
// and validating the file that applies to a directory.
//
// Go's internal-package rule forbids importing analyzers/internal/config
// from cmd/paylint or internal/driver, and analyzers/ exports no
// configuration API yet. Until it does (a three-function shim such as
// analyzers.LoadConfig / analyzers.SetConfig / analyzers.ConfigForDir),
// this package reaches the functions with //go:linkname pull directives.
// The config package is linked in because the analyzers import it (a
// blank import of it from here is not allowed either). Each signature
// below must match the one in analyzers/internal/config, with the
// *config.Config values handled as opaque pointers; TestLinked checks the
// behaviour through the real functions (a malformed file names its key and
// line, Use overrides the file found by Check).
package configlink

import (
	"errors"
	"unsafe"

	_ "github.com/paylint/paylint/analyzers" // links analyzers/internal/config
)

//go:linkname load github.com/paylint/paylint/analyzers/internal/config.Load
func load(path string) (unsafe.Pointer, error)

//go:linkname setOverride github.com/paylint/paylint/analyzers/internal/config.SetOverride
func setOverride(c unsafe.Pointer)

//go:linkname forDir github.com/paylint/paylint/analyzers/internal/config.ForDir
func forDir(dir string) (unsafe.Pointer, error)

// Use loads the configuration file at path and makes it the configuration
// of every package analyzed by this process.
func Use(path string) error {
	c, err := load(path)
	if err != nil {
		return err
	}
	if c == nil {
		return errors.New("config " + path + ": no configuration")
	}
	setOverride(c)
	return nil
}

// Check returns the error, if any, of the configuration that applies to
// the package directory dir (the -config file if Use was called, else the
// nearest .paylint.yml at or above dir).
func Check(dir string) error {
	_, err := forDir(dir)
	return err
}
