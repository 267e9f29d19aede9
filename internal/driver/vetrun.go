package driver

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// vetTool returns the executable go vet runs as its tool: this one.
var vetTool = os.Executable

// childEnv is extra environment for the go commands; tests add to it.
var childEnv []string

// vetRequest is one standalone run, in go vet's terms.
type vetRequest struct {
	dir      string
	patterns []string
	selected []*analysis.Analyzer
	flags    []string // analyzer options and -generated, as set by the user
	config   string   // absolute -config path, or ""
	stats    string   // -debug.cache: the file units append to, or ""
	build    []string // build flags for every go command (-tags=…)
}

// vetResult is what the go command reported.
type vetResult struct {
	diagnostics []vetDiagnostic
	problems    []string // one line each: packages that failed, config errors
}

// runVet runs go vet with paylint as its tool over the patterns, and
// makes each package that does not load or compile cost only its own line.
// The go build cache is then paylint's result cache. The common case is a
// single go vet run; go list runs only when something failed: go vet stops
// before analysing anything when a pattern or an import cannot be loaded,
// and then the packages that do load are vetted on their own.
func runVet(req vetRequest) (*vetResult, error) {
	tool, err := vetTool()
	if err != nil {
		return nil, failf("cannot find the paylint executable: %v", err)
	}
	out, err := vetOnce(req, tool, req.patterns)
	if err != nil {
		return nil, err
	}
	if out.interrupted != nil {
		return out.result(req, nil), nil
	}
	// Packages whose test files alone cannot be loaded are vetted without
	// them (testfiles.go). Only a failed run pays for the list.
	var untested []untestable
	bare := req
	if out.runErr != nil {
		if untested = listUntestable(req); len(untested) > 0 {
			var cleanup func()
			if bare, cleanup, err = withoutTests(req, untested); err != nil {
				untested, bare = nil, req
			} else {
				defer cleanup()
			}
		}
	}
	if !out.aborted() {
		var good []listedPackage
		if len(out.broken) > 0 {
			// Which packages did go vet skip silently because an import
			// does not compile? Only a failed run pays for this list.
			good, _, _ = listPackages(req)
		}
		res := out.result(req, good)
		if len(untested) == 0 {
			return res, nil
		}
		paths := make([]string, len(untested))
		for i, u := range untested {
			paths[i] = u.path
		}
		again, err := vetOnce(bare, tool, paths)
		if err != nil {
			return nil, err
		}
		r := again.result(bare, nil)
		res.diagnostics = append(res.diagnostics, r.diagnostics...)
		res.problems = append(res.problems, r.problems...)
		return untestedLines(res, req.dir, untested), nil
	}
	good, problems, err := listPackages(req)
	if err != nil {
		return nil, err
	}
	res := &vetResult{problems: problems}
	if len(good) == 0 {
		return untestedLines(res, req.dir, untested), nil
	}
	paths := make([]string, len(good))
	for i, p := range good {
		paths[i] = p.path
	}
	if out, err = vetOnce(bare, tool, paths); err != nil {
		return nil, err
	}
	r := out.result(bare, good)
	r.problems = append(res.problems, r.problems...)
	return untestedLines(r, req.dir, untested), nil
}

// untestedLines puts one line per package vetted without its test files
// in place of the go command's complaints about those files.
func untestedLines(res *vetResult, dir string, us []untestable) *vetResult {
	if len(us) == 0 {
		return res
	}
	kept := res.problems[:0]
	for _, p := range res.problems {
		if !mentionsTestFiles(p, dir, us) {
			kept = append(kept, p)
		}
	}
	for _, u := range us {
		kept = append(kept, u.line(dir))
	}
	res.problems = kept
	return res
}

// vetOutput is one go vet run, parsed.
type vetOutput struct {
	runErr      error
	trees       int
	diagnostics []vetDiagnostic
	errs        []string
	broken      []*brokenPackage
	other       []string
	interrupted os.Signal // paylint was interrupted or terminated while go vet ran
}

// aborted: go vet failed before analysing anything (a pattern or an import
// that cannot be loaded), so no package has a result.
func (o *vetOutput) aborted() bool {
	return o.runErr != nil && o.trees == 0 && len(o.broken) == 0
}

// vetOnce runs go vet -vettool=tool -json over args (patterns or paths).
func vetOnce(req vetRequest, tool string, pkgs []string) (*vetOutput, error) {
	args := []string{"vet", "-vettool=" + tool, "-json"}
	if len(req.selected) < len(registry()) {
		for _, a := range req.selected {
			args = append(args, "-"+a.Name)
		}
	}
	args = append(args, req.flags...)
	args = append(args, pkgs...)
	cmd := goCommand(req, args...)
	if req.config != "" {
		cmd.Env = append(cmd.Env, ConfigEnv+"="+req.config)
	}
	if req.stats != "" {
		cmd.Env = append(cmd.Env, StatsEnv+"="+req.stats)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	out := &vetOutput{}
	out.interrupted, out.runErr = runStoppable(cmd)
	var exitErr *exec.ExitError
	if out.runErr != nil && !errors.As(out.runErr, &exitErr) && out.interrupted == nil {
		return nil, failf("running go vet: %v", out.runErr)
	}
	var err error
	out.diagnostics, out.errs, out.trees, err = parseVetJSON(&stdout)
	if err != nil && out.interrupted == nil {
		// Stopped go vet may end its output mid-package: keep what is whole.
		return nil, failf("reading go vet's output: %v", err)
	}
	out.broken, out.other = parseVetStderr(stderr.String(), req.dir)
	return out, nil
}

// result words what one go vet run found: findings, analysis errors, a
// line per package that does not compile (with every compiler error
// counted), and, given the listed packages, those skipped because an
// import does not compile.
func (o *vetOutput) result(req vetRequest, listed []listedPackage) *vetResult {
	res := &vetResult{diagnostics: o.diagnostics}
	for _, e := range o.errs {
		res.problems = append(res.problems, rel(e, req.dir))
	}
	if len(o.broken) > 0 {
		compileErrors(req, o.broken)
	}
	for _, b := range o.broken {
		res.problems = append(res.problems, b.line())
	}
	res.problems = append(res.problems, unanalysed(listed, o.broken)...)
	res.problems = append(res.problems, o.other...)
	if o.interrupted != nil {
		res.problems = append(res.problems, fmt.Sprintf("interrupted (%v) while go vet ran: the findings cover only the %d %s it had finished", o.interrupted, o.trees, plural(o.trees, "package", "packages")))
	} else if o.runErr != nil && len(res.problems) == 0 && len(res.diagnostics) == 0 {
		res.problems = append(res.problems, fmt.Sprintf("go vet failed: %v", o.runErr))
	}
	return res
}

// goCommand is the go command run in the request's directory, in the
// user's environment (GOFLAGS, GOPROXY… are theirs).
func goCommand(req vetRequest, args ...string) *exec.Cmd {
	if len(req.build) > 0 && len(args) > 0 {
		// Build flags follow the subcommand: go vet -tags=x …, go list -tags=x ….
		args = append(append([]string{args[0]}, req.build...), args[1:]...)
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = req.dir
	cmd.Env = append(os.Environ(), childEnv...)
	return cmd
}

// listedPackage is a package that loads, with its dependencies.
type listedPackage struct {
	path string
	deps []string
}

// listPackages asks go list which packages the patterns match, and
// returns those that load and one line for each pattern or package that
// does not. EmbedFiles is asked for (and not read) because go list
// resolves //go:embed patterns only then: a pattern that matches no file
// fails the package's build, and go vet's load of every package with it.
func listPackages(req vetRequest) (good []listedPackage, problems []string, err error) {
	cmd := goCommand(req, append([]string{"list", "-e", "-json=ImportPath,Error,DepsErrors,Deps,EmbedFiles"}, req.patterns...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		if _, lookErr := exec.LookPath("go"); lookErr != nil {
			msg = "the go command is not on PATH: paylint runs go list and go vet"
		}
		return nil, nil, failf("%s", rel(msg, req.dir))
	}
	for _, line := range strings.Split(stderr.String(), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !isProgress(line) {
			problems = append(problems, rel(noPackagesLine(strings.TrimPrefix(line, "go: ")), req.dir))
		}
	}
	type pkgError struct{ Pos, Err string }
	dec := json.NewDecoder(&stdout)
	for dec.More() {
		var p struct {
			ImportPath string
			Error      *pkgError
			DepsErrors []*pkgError
			Deps       []string
		}
		if err := dec.Decode(&p); err != nil {
			return nil, nil, failf("reading go list's output: %v", err)
		}
		switch {
		case p.Error != nil:
			problems = append(problems, rel(listErrorLine(p.ImportPath, p.Error.Pos, p.Error.Err), req.dir))
		case len(p.DepsErrors) > 0:
			e := p.DepsErrors[0]
			problems = append(problems, rel(listErrorLine(p.ImportPath, e.Pos, e.Err), req.dir))
		default:
			good = append(good, listedPackage{p.ImportPath, p.Deps})
		}
	}
	return good, problems, nil
}

// noPackagesLine words go list's warning that a pattern matched nothing
// as the error it is for a gate: nothing was analysed, so a clean exit
// would pass a CI job that checked no code (go vet exits non-zero too).
func noPackagesLine(line string) string {
	if rest, ok := strings.CutPrefix(line, "warning: "); ok && strings.HasSuffix(rest, " matched no packages") {
		return "pattern " + rest + ": nothing to analyse"
	}
	return line
}

func listErrorLine(path, pos, msg string) string {
	msg = oneLine(msg)
	if pos != "" {
		msg = pos + ": " + msg
	}
	if strings.Contains(msg, path) || strings.HasPrefix(path, ".") {
		return msg // "pattern ./x/...: lstat ./x/: no such file…"
	}
	return fmt.Sprintf("package %s cannot be loaded: %s", path, msg)
}

// isProgress reports whether a line of the go command's stderr only tells
// what it is doing (module lookups and downloads).
func isProgress(line string) bool {
	for _, p := range []string{"go: finding ", "go: downloading ", "go: extracting ", "go: found "} {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	return false
}

// brokenPackage is a package go vet could not analyse, with its errors.
type brokenPackage struct {
	path string
	errs []string
}

// parseVetStderr reads what go vet printed on stderr: "# pkg" then that
// package's errors (type errors, build failures), and lines of the go
// command itself (returned as other).
func parseVetStderr(s, dir string) (broken []*brokenPackage, other []string) {
	byPath := map[string]*brokenPackage{}
	var cur *brokenPackage
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \t")
		switch {
		case strings.HasPrefix(line, "# "):
			path, _, _ := strings.Cut(strings.TrimPrefix(line, "# "), " [")
			// "# [p]" heads the vet step of p, after "# p" for its build:
			// one package, said once.
			path = strings.TrimSuffix(strings.TrimPrefix(path, "["), "]")
			if cur = byPath[path]; cur == nil {
				cur = &brokenPackage{path: path}
				byPath[path] = cur
				broken = append(broken, cur)
			} else {
				cur.errs = nil // the same errors again (as a dependency, then vetted)
			}
		case line == "" || strings.HasPrefix(line, "\t") || strings.HasPrefix(line, "    "):
			// blank, or the continuation of the previous error
		case cur == nil:
			if !isProgress(line) {
				other = append(other, rel(strings.TrimPrefix(line, "go: "), dir))
			}
		default:
			line = strings.TrimPrefix(line, "vet: ")
			cur.errs = append(cur.errs, rel(strings.TrimPrefix(line, "./"), dir))
		}
	}
	return broken, other
}

// compileErrors asks the compiler for every error of the broken packages
// (go vet's tool stops at the first type error), so each line can give the
// count. It keeps what go vet said where the compiler says nothing.
func compileErrors(req vetRequest, broken []*brokenPackage) {
	args := []string{"list", "-e", "-export", "-gcflags=-e", "-json=ImportPath,Error"}
	byPath := map[string]*brokenPackage{}
	for _, b := range broken {
		args = append(args, b.path)
		byPath[b.path] = b
	}
	out, err := goCommand(req, args...).Output()
	if err != nil {
		return
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var p struct {
			ImportPath string
			Error      *struct{ Err string }
		}
		if dec.Decode(&p) != nil {
			return
		}
		b := byPath[p.ImportPath]
		if b == nil || p.Error == nil {
			continue
		}
		if got, _ := parseVetStderr(p.Error.Err, req.dir); len(got) == 1 && len(got[0].errs) > 0 {
			b.errs = got[0].errs
		}
	}
}

// unanalysed names the packages go vet skipped because a package they
// import does not compile (go vet itself says nothing about them).
func unanalysed(good []listedPackage, broken []*brokenPackage) []string {
	isBroken := map[string]bool{}
	for _, b := range broken {
		isBroken[b.path] = true
	}
	var out []string
	for _, p := range good {
		if isBroken[p.path] {
			continue
		}
		for _, d := range p.deps {
			if isBroken[d] {
				out = append(out, fmt.Sprintf("package %s was not analysed: it imports %s, which does not compile", p.path, d))
				break
			}
		}
	}
	return out
}

func (b *brokenPackage) line() string {
	if len(b.errs) == 0 {
		return fmt.Sprintf("package %s could not be analysed", b.path)
	}
	more := ""
	if n := len(b.errs) - 1; n == 1 {
		more = " (and 1 more error)"
	} else if n > 1 {
		more = fmt.Sprintf(" (and %d more errors)", n)
	}
	return fmt.Sprintf("package %s does not compile: %s%s", b.path, b.errs[0], more)
}
