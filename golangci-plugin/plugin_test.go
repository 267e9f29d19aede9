package golangciplugin

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/golangci/plugin-module-register/register"

	"github.com/paylint/paylint/analyzers"
)

func TestRegistersEveryAnalyzerAndUmbrella(t *testing.T) {
	want := []string{"idempotency", "pollcreate", "pollinterval", "pollbound", "redirectfulfill", "webhookverify", "retrystatus", "retrybackoff", "webhookdedupe", "webhookack", "paylint"}
	if got := Names(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("Names() = %v, want %v", got, want)
	}
	for _, name := range want {
		newPlugin, err := register.GetPlugin(name)
		if err != nil {
			t.Fatalf("plugin %q not registered: %v", name, err)
		}
		p, err := newPlugin(nil)
		if err != nil {
			t.Fatalf("plugin %q with no settings: %v", name, err)
		}
		if m := p.GetLoadMode(); m != register.LoadModeTypesInfo {
			t.Errorf("plugin %q load mode %q, want %q", name, m, register.LoadModeTypesInfo)
		}
		as, err := p.BuildAnalyzers()
		if err != nil {
			t.Fatalf("plugin %q BuildAnalyzers: %v", name, err)
		}
		if name == Umbrella {
			all := analyzers.All()
			if len(as) != len(all) {
				t.Fatalf("umbrella runs %d analyzers, want %d", len(as), len(all))
			}
			for i := range all {
				if as[i] != all[i] {
					t.Errorf("umbrella analyzer %d is %s, want %s", i, as[i].Name, all[i].Name)
				}
			}
			continue
		}
		if len(as) != 1 || as[0] != analyzers.ByName(name) || as[0].Name != name {
			t.Errorf("plugin %q runs %v, want exactly analyzer %q", name, as, name)
		}
	}
}

func TestUnknownPluginName(t *testing.T) {
	if _, err := New("nosuchrule")(nil); err == nil || !strings.Contains(err.Error(), "nosuchrule") {
		t.Fatalf("New(nosuchrule) error = %v, want one naming it", err)
	}
}

func TestDecodeSettings(t *testing.T) {
	// The form golangci-lint hands over: YAML decoded into generic maps.
	settings := map[string]any{
		"poll-interval-min":   "100ms",
		"payment-urls":        []any{"billing/attempts"},
		"write-methods":       []any{"post", "put"},
		"idempotency-headers": []any{"X-Acme-Idem"},
		"idempotency-fields":  []any{"dedupe_id"},
		"functions": []any{
			map[string]any{"package": "github.com/acme/billing", "name": "Client.Charge", "kind": "write"},
		},
	}
	cfg, err := DecodeSettings(settings)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.PollMin() != 100*time.Millisecond {
		t.Errorf("PollMin = %v, want 100ms", cfg.PollMin())
	}

	for _, empty := range []any{nil, map[string]any{}} {
		if cfg, err := DecodeSettings(empty); cfg != nil || err != nil {
			t.Errorf("DecodeSettings(%#v) = %v, %v; want nil, nil", empty, cfg, err)
		}
	}
}

func TestDecodeSettingsErrors(t *testing.T) {
	for _, tc := range []struct {
		settings any
		want     string
	}{
		{map[string]any{"poll-interval-minimum": "1s"}, `"poll-interval-minimum"`},
		{map[string]any{"functions": []any{map[string]any{"package": "p", "name": "F", "knd": "write"}}}, `"knd"`},
		{map[string]any{"poll-interval-min": "fast"}, "poll-interval-min"},
		{map[string]any{"poll-interval-min": "-1s"}, "poll-interval-min"},
		{map[string]any{"functions": []any{map[string]any{"package": "p", "name": "F", "kind": "charge"}}}, `kind "charge"`},
		{map[string]any{"payment-urls": "payments"}, "payment-urls"},
	} {
		_, err := DecodeSettings(tc.settings)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("DecodeSettings(%v) error = %v, want one containing %s", tc.settings, err, tc.want)
		}
	}
	// Through the registered constructor, the error also names the linter.
	t.Cleanup(shared.reset)
	_, err := New("pollinterval")(map[string]any{"bogus": 1})
	if err == nil || !strings.Contains(err.Error(), `"pollinterval"`) || !strings.Contains(err.Error(), `"bogus"`) {
		t.Errorf("error = %v, want one naming the linter and the key", err)
	}
}

// TestSettingsOverrideFileDiscovery also checks the exported configuration API of
// configbridge.go against the real config package: a .paylint.yml is found
// when no linter has settings, and settings replace it.
func TestSettingsOverrideFileDiscovery(t *testing.T) {
	t.Cleanup(shared.reset)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".paylint.yml"), []byte("poll-interval-min: 5s\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pkg := filepath.Join(dir, "pkg")
	if _, err := New("pollinterval")(nil); err != nil {
		t.Fatal(err)
	}
	cfg, err := configForDir(pkg)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.PollMin() != 5*time.Second {
		t.Fatalf("PollMin without settings = %v, want 5s from .paylint.yml", cfg.PollMin())
	}
	if _, err := New("pollinterval")(map[string]any{"poll-interval-min": "100ms"}); err != nil {
		t.Fatal(err)
	}
	if cfg, err = configForDir(pkg); err != nil {
		t.Fatal(err)
	}
	if cfg.PollMin() != 100*time.Millisecond {
		t.Fatalf("PollMin with settings = %v, want 100ms", cfg.PollMin())
	}
}

func TestSettingsMerge(t *testing.T) {
	t.Cleanup(shared.reset)
	s100 := map[string]any{"poll-interval-min": "100ms"}
	for _, step := range []struct {
		name     string
		settings any
		wantErr  string
	}{
		{"idempotency", nil, ""},                                         // no opinion
		{"pollinterval", s100, ""},                                       // installs
		{"pollbound", map[string]any{}, ""},                              // no opinion
		{"pollcreate", map[string]any{"poll-interval-min": "100ms"}, ""}, // identical
		{"paylint", map[string]any{"poll-interval-min": "3s"}, `"paylint" differ from those of linter "pollinterval"`},
	} {
		_, err := New(step.name)(step.settings)
		switch {
		case step.wantErr == "" && err != nil:
			t.Errorf("%s: unexpected error %v", step.name, err)
		case step.wantErr != "" && (err == nil || !strings.Contains(err.Error(), step.wantErr)):
			t.Errorf("%s: error = %v, want one containing %s", step.name, err, step.wantErr)
		}
	}
	cfg, err := configForDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if cfg.PollMin() != 100*time.Millisecond {
		t.Errorf("PollMin = %v after merge, want 100ms", cfg.PollMin())
	}
}
