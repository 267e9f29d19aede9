package driver

import (
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/paylint/paylint/analyzers"
	"github.com/paylint/paylint/internal/configlink"
)

// ConfigEnv names a configuration file for every package, like -config.
// The standalone command hands its -config to go vet this way, because the
// environment reaches `paylint -V=full` (where the file's content becomes
// part of go vet's cache key) and a flag does not.
const ConfigEnv = "PAYLINT_CONFIG"

// IsVetInvocation reports whether args follow the go vet -vettool
// protocol: `-V=full` (describe the executable), `-flags` (describe the
// flags), or flags followed by one *.cfg file describing the unit.
func IsVetInvocation(args []string) bool {
	for _, a := range args {
		if a == "-V=full" || a == "--V=full" || a == "-flags" || a == "--flags" {
			return true
		}
	}
	return unitFile(args) != ""
}

// unitFile returns the *.cfg argument go vet passes last, or "".
func unitFile(args []string) string {
	if len(args) == 0 {
		return ""
	}
	last := args[len(args)-1]
	if strings.HasSuffix(last, ".cfg") && !strings.HasPrefix(last, "-") {
		return last
	}
	return ""
}

// unit is the part of go vet's unit description paylint reads itself.
type unit struct {
	ID            string
	ImportPath    string
	Dir           string
	GoFiles       []string
	ModulePath    string
	ModuleVersion string
	VetxOnly      bool
	Stdout        string
}

// Vet runs the go vet -vettool protocol with the analyzers all and never
// returns. Before handing over to unitchecker it answers -V=full with an
// identity that covers the configuration files, and checks the flags and
// the unit's configuration so that a mistake is reported as one clear
// message instead of a usage dump per package or "failed prerequisites".
func Vet(all []*analysis.Analyzer) {
	args := os.Args[1:]
	for _, a := range args {
		if a == "-V=full" || a == "--V=full" {
			printToolID(all)
			os.Exit(0)
		}
	}
	// Declared so that `-flags` lists them and go vet passes them through;
	// preflight reads their values.
	flag.String("config", "", "paylint configuration file (.paylint.yml; give an absolute path: go vet runs the tool in each package's directory)")
	flag.Bool("generated", false, "also report findings in generated files (// Code generated ... DO NOT EDIT.)")
	flag.Bool(withoutTestsFlag, false, "set by the standalone command when it vets packages with their unloadable test files hidden; keeps those results apart in go vet's cache")
	if path := unitFile(args); path != "" {
		if u, err := readUnit(path); err == nil {
			noteUnit(u) // -debug.cache (cachestats.go)
			preflight(u, args[:len(args)-1], all)
			if u.VetxOnly && declarationsOnly(path) { // declonly.go
				os.Exit(0)
			}
			if cachedAsNamed(u) && analyseFully(path) { // vetcache.go
				u.VetxOnly = false
			}
			if u.VetxOnly {
				all = factsOnly(all)
			}
		}
	}
	GuardPanics(all)
	nameFindings(all)
	unitchecker.Main(all...)
}

// preflight parses the flags and loads the unit's configuration the way
// unitchecker and the analyzers will, and ends the process with one
// message when either is wrong. A unit analyzed only for the facts of its
// dependants (VetxOnly) goes on quietly with the default configuration:
// the packages being vetted report the error.
func preflight(u *unit, flags []string, all []*analysis.Analyzer) {
	fs := vetFlagSet(all)
	if err := fs.Parse(flags); err != nil {
		if !u.VetxOnly && firstToSay("flag "+err.Error()) {
			fail(u, fmt.Sprintf("paylint: %s (run 'paylint -help' for the flags)", err))
		}
		os.Exit(0) // said once, by the first package; no facts
	}
	analyzers.SetIncludeGenerated(fs.Lookup("generated").Value.String() == "true")
	path := fs.Lookup("config").Value.String()
	if path == "" {
		path = os.Getenv(ConfigEnv)
	}
	if err := useConfig(path, u.Dir); err != nil {
		if u.VetxOnly {
			analyzers.UseConfig(&analyzers.Config{})
			return
		}
		fail(u, "paylint: "+oneLine(err.Error()))
	}
}

// useConfig makes path (when given) every package's configuration, or
// checks the .paylint.yml that applies to dir.
func useConfig(path, dir string) error {
	if path == "" {
		return configlink.Check(dir)
	}
	if !filepath.IsAbs(path) {
		if _, err := os.Stat(path); err != nil {
			return fmt.Errorf("-config %s: not found from the package directory; go vet runs paylint in each package's directory, so give an absolute path (e.g. -config=$(pwd)/%s)", path, path)
		}
	}
	return configlink.Use(path)
}

// vetFlagSet mirrors the flags unitchecker defines (its own, and each
// analyzer's enable flag and options) so they can be checked first.
func vetFlagSet(all []*analysis.Analyzer) *flag.FlagSet {
	fs := flag.NewFlagSet("paylint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.Bool("json", false, "")
	fs.Int("c", -1, "")
	fs.Bool("fix", false, "")
	fs.Bool("diff", false, "")
	fs.Bool("flags", false, "")
	fs.String("config", "", "")
	fs.Bool("generated", false, "")
	fs.Bool(withoutTestsFlag, false, "")
	// unitchecker's shims for legacy vet flags: go vet hands a tool the
	// flags it lists, and -tags=… arrives with GOFLAGS or go vet -tags.
	fs.String("tags", "", "")
	fs.Bool("source", false, "")
	fs.Bool("v", false, "")
	fs.Bool("all", false, "")
	for _, a := range all {
		fs.Bool(a.Name, false, "")
		prefix := a.Name + "."
		a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, prefix+f.Name, f.Usage) })
	}
	return fs
}

// fail reports msg as the unit's error in go vet's JSON protocol (go vet
// prints it after the package's name and fails; go vet -json passes it
// through) and ends the process.
func fail(u *unit, msg string) {
	tree := map[string]map[string]map[string]string{u.ID: {"paylint": {"error": msg}}}
	data, _ := json.MarshalIndent(tree, "", "\t")
	out := os.Stdout
	if u.Stdout != "" {
		if f, err := os.Create(u.Stdout); err == nil {
			out = f
		}
	}
	fmt.Fprintf(out, "%s\n", data)
	out.Close()
	os.Exit(0)
}

// firstToSay reports whether this process is the first of the go command
// that started it to report msg. go vet runs the tool once per package; a
// bad flag is the same mistake in every one of them and is said once.
func firstToSay(msg string) bool {
	h := sha256.Sum256([]byte(msg))
	name := filepath.Join(os.TempDir(), fmt.Sprintf("paylint-said-%d-%x", os.Getppid(), h[:8]))
	f, err := os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return false
	}
	f.Close()
	return true
}

func readUnit(path string) (*unit, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	u := new(unit)
	if err := json.Unmarshal(data, u); err != nil {
		return nil, err
	}
	if u.Dir == "" && len(u.GoFiles) > 0 {
		u.Dir = filepath.Dir(u.GoFiles[0])
	}
	return u, nil
}

// nameFindings makes each analyzer end its messages with its name, as the
// standalone command and golangci-lint print them: go vet's text output
// shows no analyzer name, and the name is what //paylint:ignore takes.
func nameFindings(all []*analysis.Analyzer) {
	for _, a := range all {
		inner, suffix := a.Run, " ("+a.Name+")"
		a.Run = func(pass *analysis.Pass) (any, error) {
			report := pass.Report
			pass.Report = func(d analysis.Diagnostic) {
				d.Message += suffix
				report(d)
			}
			return inner(pass)
		}
	}
}
