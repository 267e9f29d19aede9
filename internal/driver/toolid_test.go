package driver

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"testing"
)

// TestExecutableIdentity: the identity of an executable built by the go
// command is read from its Go build ID (not a hash of the whole file),
// and still changes when bytes are appended to the file, as bench/lib.sh's
// stamp does to give a tool a fresh identity.
func TestExecutableIdentity(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		t.Skip(err)
	}
	if id := goBuildID(data[:min(len(data), 32<<10)]); id == "" {
		t.Fatalf("no content-based Go build ID found in the first 32 KiB of %s", exe)
	}
	tool := filepath.Join(t.TempDir(), "tool")
	if err := os.WriteFile(tool, data, 0o755); err != nil {
		t.Fatal(err)
	}
	sum := func() string {
		h := sha256.New()
		executableIdentity(h, tool)
		return string(h.Sum(nil))
	}
	before := sum()
	if again := sum(); again != before {
		t.Fatal("identity differs between two reads of one file")
	}
	f, err := os.OpenFile(tool, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\npaylint-bench-stamp 1\n")
	f.Close()
	if sum() == before {
		t.Error("identity unchanged by bytes appended to the executable")
	}
	// Without a build ID the whole file is hashed.
	if goBuildID([]byte("no build id here")) != "" {
		t.Error("build ID found in a file without one")
	}
}
