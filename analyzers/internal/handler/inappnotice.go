package handler

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/funcs"
)

// ---- an in-app notice: a row and an in-process fan-out, nothing sent out ----
//
// mailCall takes notifyUser, NotifyBuyer or a Notifier's method for a
// message by its name. Many shops "notify" inside the application: they
// insert a notification row the user's inbox lists and poke the user's
// open connections through an in-memory hub (a map of channels, a
// select with a default case). Nothing leaves the process: it does not
// hold up the webhook's answer (webhookack) and, being the app's own row,
// is no customer message sent again by the provider's redelivery
// (webhookdedupe). So a sender whose body is in sight is judged by what
// it does: when every call it makes (following its package's functions)
// is the database library, the standard library outside net/ and
// os/exec, a builtin, or another package's function known to do only
// the same (InAppLocalFact), and it writes the database or sends on a
// channel, it is no message. Any other call — HTTP, SMTP, an SDK, an
// interface method, a function value, a goroutine, a sleep — keeps the
// name's verdict: when unsure, the name still decides.

// InAppLocalFact marks an exported function of another package whose body
// does only local work: the database library and in-process channel sends.
// It belongs to EffectsAnalyzer, whose run exports it and whose callers
// (webhookack's slow calls, webhookdedupe's messages) ask it.
type InAppLocalFact struct {
	Stores  bool // it calls the database library
	FansOut bool // it sends on a channel
}

// AFact marks InAppLocalFact as a fact.
func (*InAppLocalFact) AFact() {}

func (f *InAppLocalFact) String() string { return "local work only (database, channels)" }

// localWork is what one function's body does, as far as in-app notices care.
type localWork struct {
	local, stores, fansOut bool
}

// localJudge computes localWork for a package's functions, memoised;
// a function being judged counts as local (a recursion adds nothing).
type localJudge struct {
	pass  *analysis.Pass
	decls map[*types.Func]*ast.FuncDecl
	memo  map[*types.Func]*localWork
}

func newLocalJudge(pass *analysis.Pass, decls map[*types.Func]*ast.FuncDecl) *localJudge {
	return &localJudge{pass: pass, decls: decls, memo: map[*types.Func]*localWork{}}
}

// of judges fn, a function of the package with its body in decls.
func (j *localJudge) of(fn *types.Func) localWork {
	if w, ok := j.memo[fn]; ok {
		return *w
	}
	w := &localWork{local: true}
	j.memo[fn] = w
	fd := j.decls[fn]
	if fd == nil || fd.Body == nil {
		w.local = false
		return *w
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if !w.local {
			return false
		}
		switch x := n.(type) {
		case *ast.GoStmt:
			w.local = false // work of its own in the background
		case *ast.SendStmt:
			w.fansOut = true
		case *ast.CallExpr:
			j.call(x, w)
		}
		return w.local
	})
	return *w
}

// call folds one call of a body into w.
func (j *localJudge) call(call *ast.CallExpr, w *localWork) {
	info := j.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && (tv.IsType() || tv.IsBuiltin()) {
		return // a conversion or make, len, append, delete, close
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		w.local = false // a function value: not in sight
		return
	}
	fn = fn.Origin()
	p := pkgOf(fn)
	switch {
	case fn.Pkg() == nil:
		// error's Error method
	case dbPkg(p):
		w.stores = true
	case fn.Pkg() == j.pass.Pkg:
		if sig, _ := fn.Type().(*types.Signature); sig != nil && sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
			w.local = false
			return
		}
		c := j.of(fn)
		w.local = w.local && c.local
		w.stores = w.stores || c.stores
		w.fansOut = w.fansOut || c.fansOut
	case stdPath(p):
		if strings.HasPrefix(p, "net") || p == "os/exec" || (p == "time" && fn.Name() == "Sleep") {
			w.local = false
		}
	default:
		f := new(InAppLocalFact)
		if !j.pass.ImportObjectFact(fn, f) {
			w.local = false
			return
		}
		w.stores = w.stores || f.Stores
		w.fansOut = w.fansOut || f.FansOut
	}
}

// notice: fn's body only stores a row or fans out in process.
func (w localWork) notice() bool { return w.local && (w.stores || w.fansOut) }

// exportInAppLocal exports InAppLocalFact for the package's exported
// functions and methods that do only local work and some of it (run for
// every package, whatever its relevance: a hub or a DAO reaches no
// payment code). A function doing nothing at all (a stub) gets none.
func exportInAppLocal(pass *analysis.Pass) {
	if pass.Pkg == nil || stdPath(pass.Pkg.Path()) {
		return
	}
	decls, fns := bodiedDecls(pass)
	j := newLocalJudge(pass, decls)
	for _, fn := range fns {
		if !fn.Exported() {
			continue
		}
		if w := j.of(fn); w.notice() {
			pass.ExportObjectFact(fn, &InAppLocalFact{Stores: w.stores, FansOut: w.fansOut})
		}
	}
}

// inAppNotice: fn, a sender by its name, only writes the app's database or
// fans out in process (in this package, by its body; elsewhere, by its
// fact).
func (m *Model) inAppNotice(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	fn = fn.Origin()
	if m.inAppFx == nil {
		return false // asked outside the effects pass: the name decides
	}
	if fn.Pkg() != m.pass.Pkg {
		return m.inAppFx.ImportObjectFact(fn, new(InAppLocalFact))
	}
	return newLocalJudge(m.inAppFx, m.decls).of(fn).notice() // asked of senders only: no memo kept
}

// bodiedDecls returns the package's functions and methods that have a
// body, by object and in source order: the in-package senders' walks
// (exportInAppLocal, exportQueued) follow calls through decls and judge
// the functions in that order.
func bodiedDecls(pass *analysis.Pass) (map[*types.Func]*ast.FuncDecl, []*types.Func) {
	decls := map[*types.Func]*ast.FuncDecl{}
	var fns []*types.Func
	for _, d := range funcs.Of(pass).Bodies() {
		decls[d.Func] = d.Syntax
		fns = append(fns, d.Func)
	}
	return decls, fns
}
