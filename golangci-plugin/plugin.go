// Package golangciplugin registers paylint with golangci-lint v2 as module
// plugins (github.com/golangci/plugin-module-register).
//
// One plugin is registered per analyzer, named exactly as the analyzer
// (idempotency, pollcreate, pollinterval, pollbound, redirectfulfill,
// webhookverify), so that enable/disable, //nolint:<analyzer> and SARIF rule
// ids work rule by rule. An umbrella plugin named "paylint" runs them all for
// users who want one switch. Do not enable both the umbrella and per-rule
// linters: every finding would then be reported twice, once per linter name.
//
// # Settings
//
// A linter's settings (linters.settings.custom.<name>.settings in
// .golangci.yml) use the schema of .paylint.yml (see
// analyzers/internal/config) and are decoded strictly: an unknown key is an
// error that names the key.
//
// Settings given to golangci-lint replace the discovery of .paylint.yml
// files: golangci-lint is configured in one place, its cache is invalidated
// when linters.settings change (but not when a .paylint.yml changes), and a
// file found by walking up from each package directory would silently
// compete with the settings the user wrote in .golangci.yml. The settings are
// therefore installed with config.SetOverride (reached through
// configbridge.go). When no paylint linter has
// settings, .paylint.yml discovery applies as in go vet and the CLI.
//
// The override is process-global: all paylint linters in one golangci-lint
// run share one configuration. The merge is deterministic and independent of
// the order in which golangci-lint builds its linters: a linter with empty or
// absent settings has no opinion; all linters with non-empty settings must
// have identical settings (the same keys and values, in any order), otherwise
// building the second one fails with an error naming both linters. Give the
// settings to one paylint linter, or identically to each.
package golangciplugin

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers"
)

// Umbrella is the name of the plugin that runs every paylint analyzer.
const Umbrella = "paylint"

func init() {
	for _, a := range analyzers.All() {
		register.Plugin(a.Name, New(a.Name))
	}
	register.Plugin(Umbrella, New(Umbrella))
}

// Names returns the names of the registered plugins: one per analyzer, in
// the registry's order, then the umbrella.
func Names() []string {
	var names []string
	for _, a := range analyzers.All() {
		names = append(names, a.Name)
	}
	return append(names, Umbrella)
}

// Plugin is one registered paylint linter.
type Plugin struct {
	name string
	cfg  *Config // nil when the linter had no settings
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New returns the constructor of the plugin called name: an analyzer's name
// or Umbrella.
func New(name string) register.NewPlugin {
	return func(settings any) (register.LinterPlugin, error) {
		if name != Umbrella && analyzers.ByName(name) == nil {
			return nil, fmt.Errorf("paylint: no analyzer named %q", name)
		}
		cfg, key, err := decodeSettings(settings)
		if err != nil {
			return nil, fmt.Errorf("paylint settings of linter %q: %w", name, err)
		}
		if err := shared.add(name, cfg, key); err != nil {
			return nil, err
		}
		return &Plugin{name: name, cfg: cfg}, nil
	}
}

// DecodeSettings decodes golangci-lint settings into a paylint configuration,
// with the schema of .paylint.yml. It returns nil, nil for absent or empty
// settings. Unknown keys and invalid values are errors that name the key.
func DecodeSettings(settings any) (*Config, error) {
	cfg, _, err := decodeSettings(settings)
	return cfg, err
}

// decodeSettings also returns the canonical JSON of the settings (sorted
// keys), which the merge compares.
func decodeSettings(settings any) (*Config, []byte, error) {
	if settings == nil {
		return nil, nil, nil
	}
	if m, ok := settings.(map[string]any); ok && len(m) == 0 {
		return nil, nil, nil
	}
	raw, err := register.DecodeSettings[json.RawMessage](settings)
	if err != nil {
		return nil, nil, err
	}
	cfg, err := decodeJSON(raw)
	if err != nil {
		return nil, nil, err
	}
	return cfg, bytes.TrimSpace(raw), nil
}

// BuildAnalyzers returns the plugin's analyzer, or all of them for the umbrella.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	if p.name == Umbrella {
		return analyzers.All(), nil
	}
	a := analyzers.ByName(p.name)
	if a == nil {
		return nil, fmt.Errorf("paylint: no analyzer named %q", p.name)
	}
	return []*analysis.Analyzer{a}, nil
}

// GetLoadMode asks golangci-lint for full type information: the payment
// model resolves calls to their real functions and types.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// shared is the process-global settings merge described in the package doc.
var shared settingsMerge

type settingsMerge struct {
	mu   sync.Mutex
	from string // linter whose settings are installed, "" if none
	key  []byte // canonical JSON of the installed settings
}

func (s *settingsMerge) add(name string, cfg *Config, key []byte) error {
	if cfg == nil {
		return nil // no opinion
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.from != "" && !bytes.Equal(s.key, key) {
		return fmt.Errorf("paylint settings of linter %q differ from those of linter %q: "+
			"all paylint linters share one configuration; give the settings to one paylint linter, or identically to each",
			name, s.from)
	}
	if s.from == "" {
		s.from, s.key = name, key
		setOverride(cfg)
	}
	return nil
}

// reset forgets installed settings (tests only).
func (s *settingsMerge) reset() {
	s.mu.Lock()
	s.from, s.key = "", nil
	setOverride(nil)
	s.mu.Unlock()
}
