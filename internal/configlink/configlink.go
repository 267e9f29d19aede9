// Package configlink is what the commands need of paylint's configuration:
// load a .paylint.yml and make it every package's configuration (-config),
// and check the file that applies to a package directory.
package configlink

import "github.com/paylint/paylint/analyzers"

// Use loads the configuration file at path and makes it the configuration
// of every package analyzed by this process.
func Use(path string) error {
	c, err := analyzers.LoadConfig(path)
	if err != nil {
		return err
	}
	analyzers.UseConfig(c)
	return nil
}

// Check returns the error, if any, of the configuration that applies to
// the package directory dir (the -config file if Use was called, else the
// nearest .paylint.yml at or above dir).
func Check(dir string) error {
	_, err := analyzers.ConfigForDir(dir)
	return err
}
