// Package driver is paylint's command line, in both of its faces.
//
// As go vet's tool (Vet) it speaks the unitchecker protocol, with two
// additions: its -V=full identity covers the configuration files, so go
// vet's result cache never replays a result computed under another
// .paylint.yml, and flag or configuration mistakes are reported as one
// clear message.
//
// Standalone (Main: `paylint [flags] [packages]`) it does not analyse
// anything itself: it runs `go list` to find the packages that load, then
// `go vet -vettool=<itself> -json` over them, and renders go vet's JSON as
// text, JSON or SARIF. One engine, so the runners cannot disagree; and the
// go build cache is the standalone command's content-addressed result
// cache (an unchanged package is neither type-checked nor analysed again),
// dependencies come from export data, and a package that does not load
// costs only its own line. We own what lintcmd or multichecker would
// decide for us:
//   - exit codes: 1 on findings in every format, 2 on usage, load,
//     configuration and internal errors (findings of the packages that
//     loaded are still printed);
//   - output: text, JSON and SARIF with our own rule descriptions;
//   - flags: -checks, -list, -explain, -config, -o, -generated and the
//     analyzers' own flags, validated before anything runs.
package driver

import (
	"errors"
	"flag"
	"fmt"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers"
	"github.com/paylint/paylint/internal/output"
)

// Exit codes of the standalone command.
const (
	ExitClean    = 0 // no findings
	ExitFindings = 1 // at least one finding, whatever the output format
	ExitError    = 2 // usage error, load error, bad config, internal error
)

// Version returns paylint's version from the build information: the module
// version when installed with go install, else "(devel)" plus the VCS
// revision when the build recorded one.
func Version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	if v == "(devel)" {
		var rev, dirty string
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					dirty = "+dirty"
				}
			}
		}
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if rev != "" {
			v += " " + rev + dirty
		}
	}
	return v
}

// registry returns the analyzers the command knows; tests replace it.
var registry = analyzers.All

func byName(name string) *analysis.Analyzer {
	for _, a := range registry() {
		if a.Name == name {
			return a
		}
	}
	return nil
}

// failure is an error that ends the run with ExitError after printing one line.
type failure struct{ msg string }

func (f *failure) Error() string { return f.msg }

func failf(format string, args ...any) error {
	return &failure{oneLine(fmt.Sprintf(format, args...))}
}

// oneLine folds a possibly multi-line error message into one line.
func oneLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i := range lines {
		lines[i] = strings.Join(strings.Fields(lines[i]), " ")
	}
	out := lines[:0]
	for _, l := range lines {
		if l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, " ")
}

type options struct {
	format    string
	checks    string
	list      bool
	explain   string
	version   bool
	config    string
	out       string
	tests     bool
	generated bool

	// CI gate (gate.go)
	baseline      string
	baselineWrite string
	newFromRev    string
	fix           bool

	debugCache bool // -debug.cache (cachestats.go)

	tags string // -tags: build tags, handed to the go command
}

// Main runs the standalone command with args (without the program name)
// and returns the exit code. It never panics: a panic anywhere, including
// in an analyzer, is turned into one line on stderr and ExitError.
func Main(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "paylint: internal error: %v\n", oneLine(fmt.Sprint(r)))
			code = ExitError
		}
	}()
	err := run(args, stdout, stderr)
	var ex exitCode
	switch {
	case err == nil:
		return ExitClean
	case errors.As(err, &ex):
		return int(ex)
	default:
		fmt.Fprintf(stderr, "paylint: %s\n", oneLine(err.Error()))
		return ExitError
	}
}

// exitCode ends the run with that code and no further message.
type exitCode int

func (e exitCode) Error() string { return fmt.Sprintf("exit %d", int(e)) }

func newFlagSet(o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("paylint", flag.ContinueOnError)
	fs.StringVar(&o.format, "f", "text", "output format: text, json, sarif or codeclimate (GitLab Code Quality)")
	fs.StringVar(&o.checks, "checks", "all", "comma-separated analyzers to run; \"all\", a name, or \"-name\" to leave one out (e.g. all,-pollbound)")
	fs.BoolVar(&o.list, "list", false, "list the analyzers and exit")
	fs.StringVar(&o.explain, "explain", "", "print the documentation of the named analyzer and exit")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.StringVar(&o.config, "config", "", "configuration file (default: the .paylint.yml found walking up from each package's directory)")
	fs.StringVar(&o.out, "o", "", "write the findings to this file instead of standard output")
	fs.BoolVar(&o.tests, "tests", true, "also report findings in test files")
	fs.BoolVar(&o.generated, "generated", false, "also report findings in generated files (// Code generated ... DO NOT EDIT.)")
	fs.StringVar(&o.baseline, "baseline", "", "report only findings not recorded in this baseline file (written by -baseline-write)")
	fs.StringVar(&o.baselineWrite, "baseline-write", "", "record today's findings in this baseline file and exit 0")
	fs.StringVar(&o.newFromRev, "new-from-rev", "", "report only findings on lines changed since this git revision (and in untracked files)")
	fs.BoolVar(&o.fix, "fix", false, "apply the suggested fix of each finding reported; print the findings left")
	fs.StringVar(&o.tags, "tags", "", "comma-separated build tags to consider satisfied (as go build -tags; GOFLAGS=-tags=… works too)")
	fs.BoolVar(&o.debugCache, "debug.cache", false, "print to stderr how many packages were analysed and how many go vet replayed from the go build cache")
	for _, a := range withRequired(registry()) {
		prefix := a.Name + "."
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, prefix+f.Name, f.Usage)
		})
	}
	return fs
}

func usage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, `paylint finds payment-integration mistakes in Go code.

Usage:
  paylint [flags] [packages]        (default ./...)
  go vet -vettool=$(which paylint) [packages]

Exit status: 0 no findings, 1 findings, 2 usage, load or configuration error.

Flags:
`)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

func run(args []string, stdout, stderr io.Writer) error {
	var o options
	fs := newFlagSet(&o)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage(stdout, fs)
			return nil
		}
		return failf("%v (run 'paylint -help' for usage)", err)
	}

	switch {
	case o.version:
		v := Version()
		if v == "(devel)" {
			v += " (built without VCS information, e.g. with -buildvcs=false: build from a git clone to record the revision)"
		}
		fmt.Fprintf(stdout, "paylint %s\n", v)
		return nil
	case o.list:
		for _, a := range registry() {
			fmt.Fprintf(stdout, "%-16s %s\n", a.Name, output.Rule{ID: a.Name, Doc: a.Doc}.Title())
		}
		return nil
	case o.explain != "":
		a := byName(o.explain)
		if a == nil {
			return failf("unknown analyzer %q (run 'paylint -list' for the list)", o.explain)
		}
		fmt.Fprintln(stdout, strings.TrimRight(a.Doc, "\n"))
		first := true
		a.Flags.VisitAll(func(f *flag.Flag) {
			if first {
				fmt.Fprintf(stdout, "\nFlags:\n")
				first = false
			}
			_, usage := flag.UnquoteUsage(f)
			fmt.Fprintf(stdout, "  -%s.%s (default %q)\n    \t%s\n", a.Name, f.Name, f.DefValue, usage)
		})
		return nil
	}

	if !validFormat(o.format) {
		return failf("-f %q: want one of %s", o.format, strings.Join(output.Formats, ", "))
	}
	selected, err := Select(o.checks)
	if err != nil {
		return err
	}

	cwd, err := os.Getwd()
	if err != nil {
		return failf("%v", err)
	}
	req := vetRequest{dir: cwd, selected: selected, flags: analyzerFlags(fs)}
	if o.tags != "" {
		req.build = []string{"-tags=" + o.tags}
	}
	if o.config != "" {
		path := o.config
		if !filepath.IsAbs(path) {
			path = filepath.Join(cwd, path)
		}
		if _, err := analyzers.LoadConfig(path); err != nil {
			return failf("%v", relErr(err, cwd))
		}
		req.config = path
	}
	req.patterns = fs.Args()
	if len(req.patterns) == 0 {
		req.patterns = []string{"./..."}
	}
	g, err := newGate(&o, cwd)
	if err != nil {
		return err
	}
	if o.debugCache {
		done, err := withCacheStats(&req, stderr)
		if err != nil {
			return err
		}
		defer done()
	}
	res, err := runVet(req)
	if err != nil {
		return err
	}
	findings, done, err := g.apply(convertAll(res.diagnostics, cwd, o.tests), len(res.problems) > 0, stderr)
	if err != nil || done {
		return err
	}

	w := stdout
	if o.out != "" {
		f, err := os.Create(o.out)
		if err != nil {
			return failf("-o: %v", err)
		}
		defer f.Close()
		w = f
	}
	if err := output.Write(w, o.format, findings, ToolInfo()); err != nil {
		return failf("writing output: %v", err)
	}
	if o.out != "" {
		if err := w.(*os.File).Close(); err != nil {
			return failf("-o: %v", err)
		}
	}
	if len(res.problems) > 0 {
		for _, p := range dedupe(sortedCopy(res.problems)) {
			fmt.Fprintf(stderr, "paylint: %s\n", oneLine(p))
		}
		return exitCode(ExitError)
	}
	if len(findings) > 0 {
		return exitCode(ExitFindings)
	}
	return nil
}

func validFormat(f string) bool {
	for _, g := range output.Formats {
		if f == g {
			return true
		}
	}
	return false
}

// ToolInfo describes paylint and all its analyzers for SARIF.
func ToolInfo() output.Tool {
	t := output.Tool{Name: "paylint", Version: Version()}
	for _, a := range registry() {
		t.Rules = append(t.Rules, output.Rule{ID: a.Name, Doc: a.Doc})
	}
	return t
}

// Select returns the analyzers named by a -checks value, in registry order.
// Items are analyzer names, "all", or "-name" to leave one out; a list made
// only of exclusions starts from all analyzers.
func Select(spec string) ([]*analysis.Analyzer, error) {
	all := registry()
	on := map[string]bool{}
	var items []string
	for _, it := range strings.Split(spec, ",") {
		if it = strings.TrimSpace(it); it != "" {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return nil, failf("-checks is empty: name analyzers, \"all\", or \"all,-name\" (run 'paylint -list' for the list)")
	}
	onlyExclusions := true
	for _, it := range items {
		if !strings.HasPrefix(it, "-") {
			onlyExclusions = false
		}
	}
	if onlyExclusions {
		for _, a := range all {
			on[a.Name] = true
		}
	}
	for _, it := range items {
		name, off := strings.CutPrefix(it, "-")
		if name == "all" {
			for _, a := range all {
				on[a.Name] = !off
			}
			continue
		}
		if byName(name) == nil {
			return nil, failf("-checks: unknown analyzer %q (run 'paylint -list' for the list)", name)
		}
		on[name] = !off
	}
	var out []*analysis.Analyzer
	for _, a := range all {
		if on[a.Name] {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil, failf("-checks %q selects no analyzer", spec)
	}
	return out, nil
}

func dedupe(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// rel shortens absolute paths below cwd inside a message.
func rel(s, cwd string) string {
	if cwd == "" || cwd == "/" {
		return s
	}
	return strings.ReplaceAll(s, cwd+string(filepath.Separator), "")
}

func relErr(err error, cwd string) string { return rel(err.Error(), cwd) }

// PanicError is an analyzer panic caught by GuardPanics.
type PanicError struct {
	Analyzer, Pkg string
	Value         any
}

func (e *PanicError) Error() string {
	return oneLine(fmt.Sprintf("internal error in %s on %s: %v", e.Analyzer, e.Pkg, e.Value))
}

var (
	guardMu sync.Mutex
	guarded = map[*analysis.Analyzer]bool{}
)

// GuardPanics wraps the Run function of each analyzer and of everything it
// requires, once per process, so that a panic becomes a *PanicError
// returned from Run. The drivers run analyzers on their own goroutines,
// where a recover() at the top of main cannot catch a panic.
//
// The drivers print the errors of the analyzers asked for (the roots);
// a shared model analyzer that fails shows only as its dependants'
// "failed prerequisites: pollmodel, retrymodel", which names no cause. So
// a failing shared analyzer hands its dependants an empty result instead
// and keeps its error for the package; a root any of whose requirements
// failed so returns that error in place of its own result, and the one
// cause is what every affected rule says.
func GuardPanics(as []*analysis.Analyzer) {
	guardMu.Lock()
	defer guardMu.Unlock()
	root := map[*analysis.Analyzer]bool{}
	for _, a := range as {
		root[a] = true
	}
	for _, a := range withRequired(as) {
		if guarded[a] {
			continue
		}
		guarded[a] = true
		inner, name, isRoot := a.Run, a.Name, root[a]
		requires := withRequired(a.Requires)
		zero := func() any {
			if a.ResultType == nil {
				return nil
			}
			return reflect.Zero(a.ResultType).Interface()
		}
		a.Run = func(pass *analysis.Pass) (res any, err error) {
			if cause := failures.first(pass.Pkg, requires); cause != nil {
				if isRoot {
					return zero(), cause
				}
				failures.keep(pass.Pkg, a, cause) // its dependants inherit the cause
				return zero(), nil
			}
			defer func() {
				if r := recover(); r != nil {
					if os.Getenv("PAYLINT_STACK") != "" {
						os.Stderr.Write(debug.Stack())
					}
					res, err = nil, &PanicError{Analyzer: name, Pkg: pkgPath(pass), Value: r}
				}
				if err != nil && !isRoot {
					var pe *PanicError
					if !errors.As(err, &pe) {
						err = fmt.Errorf("%s: %w", name, err)
					}
					failures.keep(pass.Pkg, a, err)
					res, err = zero(), nil
				}
			}()
			return inner(pass)
		}
	}
}

func pkgPath(pass *analysis.Pass) string {
	if pass.Pkg == nil {
		return "?"
	}
	return pass.Pkg.Path()
}

// failures holds, per package, the error of each shared analyzer that
// failed on it.
var failures = &failureLog{errs: map[failureKey]error{}}

type failureKey struct {
	pkg *types.Package
	a   *analysis.Analyzer
}

type failureLog struct {
	mu   sync.Mutex
	errs map[failureKey]error
}

func (l *failureLog) keep(pkg *types.Package, a *analysis.Analyzer, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.errs[failureKey{pkg, a}] = err
}

// first returns the error of the first of as that failed on pkg, or nil.
func (l *failureLog) first(pkg *types.Package, as []*analysis.Analyzer) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, a := range as {
		if err := l.errs[failureKey{pkg, a}]; err != nil {
			return err
		}
	}
	return nil
}

// withRequired returns as and, transitively, the analyzers they require,
// each once, dependencies after dependants.
func withRequired(as []*analysis.Analyzer) []*analysis.Analyzer {
	seen := map[*analysis.Analyzer]bool{}
	var out []*analysis.Analyzer
	var visit func([]*analysis.Analyzer)
	visit = func(as []*analysis.Analyzer) {
		for _, a := range as {
			if !seen[a] {
				seen[a] = true
				out = append(out, a)
				visit(a.Requires)
			}
		}
	}
	visit(as)
	return out
}
