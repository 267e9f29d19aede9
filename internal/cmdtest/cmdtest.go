// Package cmdtest builds the paylint binary and runs commands for the
// tests of cmd/paylint and internal/e2e.
package cmdtest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Build builds cmd/paylint into dir and returns the binary's path. It
// records the VCS revision where it can (-buildvcs=auto overrides a
// machine-wide GOFLAGS=-buildvcs=false), as a build from a clone does.
func Build(dir string) (string, error) {
	bin := filepath.Join(dir, "paylint")
	cmd := exec.Command("go", "build", "-buildvcs=auto", "-o", bin, "github.com/paylint/paylint/cmd/paylint")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build cmd/paylint: %v\n%s", err, out)
	}
	return bin, nil
}

// Result is how a command ended.
type Result struct {
	Code           int
	Stdout, Stderr string
}

// Run runs name with args in dir with extra environment variables, and
// fails the test if it could not start or if it printed a Go panic.
func Run(t *testing.T, dir string, env []string, name string, args ...string) Result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	if s := errb.String(); strings.Contains(s, "panic: ") || strings.Contains(s, "goroutine ") {
		t.Fatalf("%s %v panicked:\n%s", name, args, s)
	}
	return Result{code, out.String(), errb.String()}
}
