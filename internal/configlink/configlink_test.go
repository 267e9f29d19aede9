package configlink

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLinked checks the behaviour through the real config package: a
// malformed file is rejected with its key and line, Check finds the file
// walking up, and Use overrides it.
func TestLinked(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, ".paylint.yml")
	if err := os.WriteFile(bad, []byte("poll-interval-min: 3s\nbogus-key: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := Check(sub)
	if err == nil || !strings.Contains(err.Error(), "bogus-key") || !strings.Contains(err.Error(), "line 2") || !strings.Contains(err.Error(), bad) {
		t.Fatalf("Check(malformed) = %v, want an error naming %s, line 2 and bogus-key", err, bad)
	}
	if err := Use(bad); err == nil {
		t.Fatalf("Use(malformed) = nil, want error")
	}
	if err := Use(filepath.Join(dir, "missing.yml")); err == nil {
		t.Fatalf("Use(missing) = nil, want error")
	}
	good := filepath.Join(dir, "good.yml")
	if err := os.WriteFile(good, []byte("poll-interval-min: 3s\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Use(good); err != nil {
		t.Fatalf("Use(good) = %v", err)
	}
	if err := Check(sub); err != nil {
		t.Fatalf("after Use(good), Check = %v, want the override (nil)", err)
	}
}
