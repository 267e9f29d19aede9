//go:build unix

package driver

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A CI job's timeout terminates paylint while go vet still runs: the
// packages go vet finished are reported, with one line saying the run was
// cut short, and the exit code is an error, never a pass.
func TestTerminatedRunReportsWhatFinished(t *testing.T) {
	withRegistry(t, fake)
	t.Chdir("testdata/fake")
	bin := t.TempDir()
	started := filepath.Join(bin, "started")
	// A go command that finishes one package, then hangs on the next.
	script := `#!/bin/sh
printf '%s\n' '{"example.com/fake/pay": {"fake": [{"posn": "pay.go:3:1", "message": "charged twice"}]}}'
: > ` + started + `
exec sleep 60
`
	if err := os.WriteFile(filepath.Join(bin, "go"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	go func() {
		for i := 0; i < 500; i++ {
			if _, err := os.Stat(started); err == nil {
				syscall.Kill(os.Getpid(), syscall.SIGTERM)
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
	}()

	code, out, stderr := runMain(t, "./...")
	if code != ExitError {
		t.Errorf("exit %d, want %d (a cut-short run must not pass)", code, ExitError)
	}
	if !strings.Contains(out, "charged twice") {
		t.Errorf("the finished package's finding is lost; stdout:\n%s", out)
	}
	if !strings.Contains(stderr, "paylint: interrupted (terminated) while go vet ran: the findings cover only the 1 package it had finished") {
		t.Errorf("stderr does not say the run was cut short:\n%s", stderr)
	}
}
