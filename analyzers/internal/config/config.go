// Package config holds paylint's user configuration: the .paylint.yml file
// and, with the same schema, the golangci-lint plugin settings.
//
// Every field extends the built-in knowledge of the payment model; none
// replaces it, so an empty file behaves exactly like no file.
package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis"
)

// FileName is the configuration file looked up from a package's directory upwards.
const FileName = ".paylint.yml"

// DefaultPollIntervalMin is the slowest-allowed polling rate from the Tally
// guide: "Don't poll faster than every 2 seconds".
const DefaultPollIntervalMin = 2 * time.Second

// Config is the user configuration. Field names are the YAML keys of
// .paylint.yml and the keys of the golangci-lint settings; decode.go's
// topKeys decodes them (a test keeps the two in step).
type Config struct {
	// PaymentURLs are extra path segments (or segment sequences such as
	// "billing/attempts") that name a payment resource.
	PaymentURLs []string `yaml:"payment-urls" json:"payment-urls"`
	// WriteMethods are the HTTP methods that are unsafe to repeat.
	// Empty means POST and PATCH.
	WriteMethods []string `yaml:"write-methods" json:"write-methods"`
	// Functions are extra SDK or in-house functions with a payment meaning.
	Functions []Function `yaml:"functions" json:"functions"`
	// IdempotencyHeaders are extra header names that carry an idempotency key.
	IdempotencyHeaders []string `yaml:"idempotency-headers" json:"idempotency-headers"`
	// IdempotencyFields are extra body field names (JSON keys or struct tags)
	// that carry an idempotency key.
	IdempotencyFields []string `yaml:"idempotency-fields" json:"idempotency-fields"`
	// PollIntervalMin is the shortest allowed wait between status polls.
	PollIntervalMin Duration `yaml:"poll-interval-min" json:"poll-interval-min"`
}

// Function names one function or method and what it does to a payment.
type Function struct {
	// Package is the import path, e.g. "github.com/acme/billing".
	Package string `yaml:"package" json:"package"`
	// Name is "Func" or "Type.Method".
	Name string `yaml:"name" json:"name"`
	// Kind is one of the Kind* constants.
	Kind string `yaml:"kind" json:"kind"`
}

// Function kinds accepted in the configuration.
const (
	KindWrite       = "write"       // unsafe payment write (charge, confirm, refund…)
	KindCreate      = "create"      // creates a new payment (implies write)
	KindStatusRead  = "status-read" // reads a payment's current state from the provider
	KindFulfillment = "fulfillment" // grants what was paid for
	KindStateWrite  = "state-write" // stores a payment's state (marks an order paid…)
	KindVerifier    = "verifier"    // verifies a webhook signature; returns an error or bool
	KindIdempotency = "idempotency" // attaches an idempotency key to a request
)

// Duration is a time.Duration written as "2s" or "1500ms".
type Duration time.Duration

// MarshalJSON writes the duration as a string, the form DecodeJSON reads,
// so settings round-trip.
func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(time.Duration(d).String())
}

// PollMin is the effective poll interval minimum.
func (c *Config) PollMin() time.Duration {
	if c == nil || c.PollIntervalMin <= 0 {
		return DefaultPollIntervalMin
	}
	return time.Duration(c.PollIntervalMin)
}

// Methods is the effective list of unsafe HTTP methods, upper case.
func (c *Config) Methods() []string {
	if c == nil || len(c.WriteMethods) == 0 {
		return []string{"POST", "PATCH"}
	}
	out := make([]string, len(c.WriteMethods))
	for i, m := range c.WriteMethods {
		out[i] = strings.ToUpper(m)
	}
	return out
}

// FunctionsOfKind returns the configured functions of one kind.
func (c *Config) FunctionsOfKind(kind string) []Function {
	if c == nil {
		return nil
	}
	var out []Function
	for _, f := range c.Functions {
		if f.Kind == kind {
			out = append(out, f)
		}
	}
	return out
}

// Parse decodes a .paylint.yml. Errors name the line and the key in the
// user's words (see decode.go); the file name is added by the caller. An
// empty or comment-only file is the empty configuration.
func Parse(data []byte) (*Config, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
		return new(Config), nil
	} else if err != nil {
		return nil, errors.New(strings.TrimPrefix(err.Error(), "yaml: "))
	}
	// A second document would be silently ignored by a single Decode.
	var next yaml.Node
	if err := dec.Decode(&next); err == nil && len(next.Content) > 0 && !isNull(next.Content[0]) {
		return nil, errorf(next.Content[0], "a second YAML document (after ---) is not read; keep all settings in one document")
	} else if err != nil && !errors.Is(err, io.EOF) {
		return nil, errors.New(strings.TrimPrefix(err.Error(), "yaml: "))
	}
	var root *yaml.Node
	if len(doc.Content) > 0 {
		root = doc.Content[0]
	}
	return decodeRoot(root)
}

// DecodeJSON decodes settings given as JSON (the golangci-lint form), with
// the messages of Parse minus the line numbers, which JSON does not have.
func DecodeJSON(data []byte) (*Config, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); errors.Is(err, io.EOF) {
		return new(Config), nil
	} else if err != nil {
		return nil, fmt.Errorf("settings are not valid JSON: %v", err)
	}
	return decodeRoot(jsonNode(v))
}

// Load reads and parses the file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %v", err)
	}
	c, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("config %s: %v", path, err)
	}
	return c, nil
}

var (
	mu       sync.Mutex
	override *Config // set by -config or by the golangci-lint plugin
	byDir    = map[string]dirResult{}
)

type dirResult struct {
	cfg *Config
	err error
}

// SetOverride makes every package use c instead of looking for a file.
func SetOverride(c *Config) {
	mu.Lock()
	override = c
	mu.Unlock()
}

// ForDir returns the configuration that applies to a package directory:
// the override if set, else the nearest .paylint.yml at or above dir, else
// the defaults (a nil-safe empty Config).
func ForDir(dir string) (*Config, error) {
	mu.Lock()
	defer mu.Unlock()
	if override != nil {
		return override, nil
	}
	return findLocked(dir)
}

func findLocked(dir string) (*Config, error) {
	dir = filepath.Clean(dir)
	if r, ok := byDir[dir]; ok {
		return r.cfg, r.err
	}
	var r dirResult
	path := filepath.Join(dir, FileName)
	if _, err := os.Stat(path); err == nil {
		r.cfg, r.err = Load(path)
	} else if parent := filepath.Dir(dir); parent != dir {
		r.cfg, r.err = findLocked(parent)
	} else {
		r.cfg = new(Config)
	}
	byDir[dir] = r
	return r.cfg, r.err
}

// ForPass returns the configuration for the package being analyzed.
func ForPass(pass *analysis.Pass) (*Config, error) {
	for _, f := range pass.Files {
		name := pass.Fset.File(f.Pos()).Name()
		if name != "" {
			return ForDir(filepath.Dir(name))
		}
	}
	return ForDir(".")
}
