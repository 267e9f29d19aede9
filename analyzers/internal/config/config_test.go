package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseFullFile(t *testing.T) {
	c, err := Parse([]byte(`
payment-urls: [billing/attempts]
write-methods: [post, put]
functions:
  - {package: github.com/acme/billing, name: Client.Charge, kind: write}
idempotency-headers: [X-Acme-Key]
idempotency-fields: [dedupe_id]
poll-interval-min: 3s
`))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.PollMin(); got != 3*time.Second {
		t.Errorf("PollMin = %v, want 3s", got)
	}
	if got := strings.Join(c.Methods(), ","); got != "POST,PUT" {
		t.Errorf("Methods = %s", got)
	}
	if fs := c.FunctionsOfKind(KindWrite); len(fs) != 1 || fs[0].Name != "Client.Charge" {
		t.Errorf("FunctionsOfKind(write) = %v", fs)
	}
}

func TestDefaultsWhenEmpty(t *testing.T) {
	for _, c := range []*Config{nil, new(Config)} {
		if c.PollMin() != DefaultPollIntervalMin {
			t.Errorf("PollMin = %v", c.PollMin())
		}
		if strings.Join(c.Methods(), ",") != "POST,PATCH" {
			t.Errorf("Methods = %v", c.Methods())
		}
	}
	if _, err := Parse(nil); err != nil {
		t.Errorf("empty file: %v", err)
	}
}

func TestParseErrorsNameKeyAndLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"poll-interval-min: 2s\npoll-intervall: 3s\n", "line 2: field poll-intervall not found"},
		{"poll-interval-min: soon\n", "line 1: poll-interval-min"},
		{"functions:\n  - {package: p, name: F, kind: charge}\n", `kind "charge" is not one of`},
		{"functions: [x\n", "line"},
	} {
		_, err := Parse([]byte(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q) error = %v, want it to contain %q", tc.in, err, tc.want)
		}
	}
}

func TestDecodeJSONRejectsUnknownKey(t *testing.T) {
	if _, err := DecodeJSON([]byte(`{"poll-interval-min":"1s","pol":1}`)); err == nil || !strings.Contains(err.Error(), `"pol"`) {
		t.Errorf("error = %v, want it to name the key", err)
	}
	c, err := DecodeJSON([]byte(`{"poll-interval-min":"1500ms"}`))
	if err != nil || c.PollMin() != 1500*time.Millisecond {
		t.Errorf("DecodeJSON = %v, %v", c, err)
	}
}

func TestForDirWalksUp(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, FileName), []byte("poll-interval-min: 5s\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := ForDir(deep)
	if err != nil || c.PollMin() != 5*time.Second {
		t.Fatalf("ForDir = %v, %v", c, err)
	}
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, FileName), []byte("nope: 1\n"), 0o644)
	if _, err := ForDir(bad); err == nil || !strings.Contains(err.Error(), FileName) {
		t.Errorf("malformed file: error = %v, want it to name the file", err)
	}
}
