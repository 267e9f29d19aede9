// Package driver is paylint's standalone command line: `paylint [flags]
// [packages]`.
//
// It loads packages with golang.org/x/tools/go/packages and runs the
// analyzers with golang.org/x/tools/go/analysis/checker.Analyze. We use
// checker rather than multichecker or honnef.co/go/tools/lintcmd because
// it hands back the action graph and leaves everything else to us:
//   - exit codes: 1 on findings in every format (lintcmd exits 0 with
//     -f sarif, multichecker exits 3 on findings and 1 on errors), 2 on
//     usage and load errors, with one line on stderr instead of a log dump;
//   - output: text, JSON and SARIF rendered by internal/output with our
//     own rule descriptions and no URLs to other projects (lintcmd links
//     staticcheck.dev and reads staticcheck.conf);
//   - flags: -checks, -list, -explain, -config, -o and the analyzers' own
//     flags, without lintcmd's staticcheck-specific flag set;
//   - errors: type errors are reported per package before any analysis, and
//     an analyzer panic becomes one line naming the analyzer and package.
//
// Cross-package facts work because packages are loaded with their
// dependencies' syntax (packages.LoadAllSyntax), as Analyze requires.
package driver

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/paylint/paylint/analyzers"
	"github.com/paylint/paylint/internal/configlink"
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
	format  string
	checks  string
	list    bool
	explain string
	version bool
	config  string
	out     string
	tests   bool
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
	fs.StringVar(&o.format, "f", "text", "output format: text, json or sarif")
	fs.StringVar(&o.checks, "checks", "all", "comma-separated analyzers to run; \"all\", a name, or \"-name\" to leave one out (e.g. all,-pollbound)")
	fs.BoolVar(&o.list, "list", false, "list the analyzers and exit")
	fs.StringVar(&o.explain, "explain", "", "print the documentation of the named analyzer and exit")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.StringVar(&o.config, "config", "", "configuration file (default: the .paylint.yml found walking up from each package's directory)")
	fs.StringVar(&o.out, "o", "", "write the findings to this file instead of standard output")
	fs.BoolVar(&o.tests, "tests", true, "also analyze test files")
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
		fmt.Fprintf(stdout, "paylint %s\n", Version())
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
			fmt.Fprintf(stdout, "  -%s.%s (default %q)\n    \t%s\n", a.Name, f.Name, f.DefValue, f.Usage)
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
	if o.config != "" {
		path := o.config
		if !filepath.IsAbs(path) {
			path = filepath.Join(cwd, path)
		}
		if err := configlink.Use(path); err != nil {
			return failf("%v", relErr(err, cwd))
		}
	}

	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	roots, err := load(patterns, o.tests, cwd)
	if err != nil {
		return err
	}

	// Validate the configuration of every root package before running.
	if o.config == "" {
		seen := map[string]bool{}
		for _, p := range roots {
			dir := pkgDir(p)
			if dir == "" || seen[dir] {
				continue
			}
			seen[dir] = true
			if err := configlink.Check(dir); err != nil {
				return failf("%v", relErr(err, cwd))
			}
		}
	}

	GuardPanics(selected)
	graph, err := checker.Analyze(selected, roots, nil)
	if err != nil {
		return failf("%v", err)
	}
	if err := actionErrors(graph); err != nil {
		return err
	}

	conv := output.Converter{Dir: cwd}
	var findings []output.Finding
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			findings = append(findings, conv.Convert(act.Package.Fset, act.Analyzer, d))
		}
	}
	findings = output.Sort(findings)

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

// load loads the packages matching patterns with everything Analyze needs,
// and returns the root packages to analyze. Any package (root or
// dependency) that failed to load or type-check is an error: one line per
// package.
func load(patterns []string, tests bool, cwd string) ([]*packages.Package, error) {
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax | packages.NeedModule,
		Tests: tests,
		Dir:   cwd,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, failf("loading packages: %v", err)
	}

	var lines []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if len(p.Errors) == 0 {
			return
		}
		lines = append(lines, describeErrors(p, cwd))
	})
	if len(lines) > 0 {
		sort.Strings(lines)
		return nil, &failure{strings.Join(dedupe(lines), "\npaylint: ")}
	}

	// Skip the generated test mains, and analyze a package through its
	// test variant when it has one (as go vet does).
	hasTestVariant := map[string]bool{}
	for _, p := range pkgs {
		if p.ForTest != "" && p.PkgPath == p.ForTest {
			hasTestVariant[p.PkgPath] = true
		}
	}
	var roots []*packages.Package
	for _, p := range pkgs {
		if p.Name == "main" && strings.HasSuffix(p.ID, ".test") && p.ForTest == "" && strings.HasSuffix(p.PkgPath, ".test") {
			continue
		}
		if p.ForTest == "" && hasTestVariant[p.PkgPath] {
			continue
		}
		roots = append(roots, p)
	}
	if len(roots) == 0 {
		return nil, failf("%s: matched no packages", strings.Join(patterns, " "))
	}
	return roots, nil
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

// describeErrors gives one line for a package that failed to load.
func describeErrors(p *packages.Package, cwd string) string {
	first := p.Errors[0]
	msg := first.Msg
	if first.Pos != "" && first.Pos != "-" {
		msg = rel(first.Pos, cwd) + ": " + msg
	}
	more := ""
	if n := len(p.Errors) - 1; n == 1 {
		more = " (and 1 more error)"
	} else if n > 1 {
		more = fmt.Sprintf(" (and %d more errors)", n)
	}
	name := p.PkgPath
	if name == "" {
		name = p.ID
	}
	kind := "cannot be loaded"
	for _, e := range p.Errors {
		if e.Kind == packages.TypeError || e.Kind == packages.ParseError {
			kind = "does not compile"
			break
		}
	}
	if kind == "cannot be loaded" && len(p.GoFiles) == 0 && len(p.CompiledGoFiles) == 0 {
		return oneLine(fmt.Sprintf("%s%s", rel(msg, cwd), more))
	}
	return oneLine(fmt.Sprintf("package %s %s: %s%s", name, kind, msg, more))
}

// rel shortens absolute paths below cwd inside a message.
func rel(s, cwd string) string {
	if cwd == "" || cwd == "/" {
		return s
	}
	return strings.ReplaceAll(s, cwd+string(filepath.Separator), "")
}

func relErr(err error, cwd string) string { return rel(err.Error(), cwd) }

func pkgDir(p *packages.Package) string {
	if p.Dir != "" {
		return p.Dir
	}
	for _, f := range p.GoFiles {
		return filepath.Dir(f)
	}
	return ""
}

// actionErrors reports analyzer errors: a panic turned into an error by
// GuardPanics, or an error returned by an analyzer (such as an invalid
// configuration). "failed prerequisites" errors only echo another action's
// error and are left out.
func actionErrors(g *checker.Graph) error {
	var lines []string
	for act := range g.All() {
		if act.Err == nil {
			continue
		}
		var pe *PanicError
		if errors.As(act.Err, &pe) {
			lines = append(lines, pe.Error())
			continue
		}
		msg := act.Err.Error()
		if strings.HasPrefix(msg, "failed prerequisites") {
			continue
		}
		lines = append(lines, oneLine(fmt.Sprintf("%s on %s: %s", act.Analyzer.Name, act.Package.PkgPath, msg)))
	}
	if len(lines) == 0 {
		return nil
	}
	sort.Strings(lines)
	return &failure{strings.Join(dedupe(lines), "\npaylint: ")}
}

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
func GuardPanics(as []*analysis.Analyzer) {
	guardMu.Lock()
	defer guardMu.Unlock()
	for _, a := range withRequired(as) {
		if guarded[a] {
			continue
		}
		guarded[a] = true
		inner, name := a.Run, a.Name
		a.Run = func(pass *analysis.Pass) (res any, err error) {
			defer func() {
				if r := recover(); r != nil {
					pkg := "?"
					if pass.Pkg != nil {
						pkg = pass.Pkg.Path()
					}
					res, err = nil, &PanicError{Analyzer: name, Pkg: pkg, Value: r}
				}
			}()
			return inner(pass)
		}
	}
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
