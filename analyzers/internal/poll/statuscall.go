package poll

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a status answered by code not in sight ---------------------------------
//
//	for attempt := 1; attempt <= 2; attempt++ {
//		d, err := client.Disburse(ctx, req)
//		…
//		status, err := r.waiter.AwaitFinal(ctx, d.ID) // an interface
//		if err != nil { return "", err }
//		switch status {
//		case momo.StatusSuccessful: return …
//		case momo.StatusFailed, momo.StatusReversed: return …
//		}
//	}
//
// The pass hands the created payment's id to code the package cannot see
// (an interface method, a function of another package without a
// give-up summary) and gets back a string it compares only with final
// states, success and failure: that string is the payment's status. On
// the path where the call succeeds with a status that is none of them
// (PENDING: a waiter's give-up, or a read of a payment still settling),
// the pass goes round and pays again. Followed with the waiter's walk
// (rewait.go), the status bound to absPending over the states compared;
// any test of a pending state, or of a value the model does not know as
// final, keeps it silent.

// statusCallRewaits finds the payments made again around such calls in
// every file of the package.
func statusCallRewaits(pass *analysis.Pass, opOf OpOf, idx *pkgIndex, finders []*finder) []*Recreate {
	byFile := map[*ast.File]*finder{}
	for _, f := range finders {
		byFile[f.file] = f
	}
	var out []*Recreate
	for _, file := range pass.Files {
		f := byFile[file]
		if f == nil {
			f = newFinder(pass, opOf, file)
			f.pkg = idx
		}
		if !f.creates() {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if rc := f.statusCallAt(call); rc != nil {
					out = append(out, rc)
				}
			}
			return true
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Create.Call.Pos() < out[j].Create.Call.Pos() })
	return out
}

// creates: the file makes a payment.
func (f *finder) creates() bool {
	for _, op := range f.ops {
		if op.Kind.Has(payment.Create) {
			return true
		}
	}
	return false
}

func (f *finder) statusCallAt(call *ast.CallExpr) *Recreate {
	if rc := f.importedWaiterAt(call); rc != nil {
		return rc // waiterfacts.go: a waiter of another package
	}
	if f.ops[call] != nil {
		return nil
	}
	fn, _ := typeutil.Callee(f.info, call).(*types.Func)
	if fn == nil || !unseen(fn, f.pass.Pkg) {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	res := sig.Results()
	if res.Len() == 0 || res.Len() > 2 || !isString(res.At(0).Type()) || res.Len() == 2 && !isError(res.At(1).Type()) {
		return nil
	}
	if !takesContext(f, call) {
		return nil // no I/O: a conversion of the creation's own answer (strings.ToLower(ch.Status))
	}
	as, ok := f.parent[call].(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 || len(as.Lhs) != res.Len() {
		return nil
	}
	stVar := f.varOf(as.Lhs[0])
	outer, _ := f.outerFor(call)
	if stVar == nil || outer == nil {
		return nil
	}
	set := f.finalsCompared(outer.Body, as, stVar)
	if set == nil {
		return nil
	}
	giveUp := []absVal{{kind: absPending, s: pendingSep + strings.Join(set, pendingSep) + pendingSep}}
	if res.Len() == 2 {
		giveUp = append(giveUp, absVal{kind: absNil})
	}
	for _, a := range call.Args {
		idVar := f.varOf(rootOf(f.formatted(a)))
		if idVar == nil || isContext(idVar.Type()) {
			continue
		}
		if rc := f.rewaitOn(call, idVar, &waiter{fn: fn, param: -1, giveUp: giveUp}); rc != nil {
			return rc
		}
	}
	return nil
}

// takesContext: some argument of call is a context.
func takesContext(f *finder, call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if t := f.info.TypeOf(a); t != nil && isContext(t) {
			return true
		}
	}
	return false
}

// unseen: the package cannot see what fn does: an interface method, or a
// function of another package.
func unseen(fn *types.Func, pkg *types.Package) bool {
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
		return true
	}
	return fn.Pkg() != pkg
}

// finalsCompared returns the constants v is compared with after as in
// body (switch v { case … }, v == …), sorted, when every one is a final
// state and both a success and a failure are among them; nil otherwise.
func (f *finder) finalsCompared(body *ast.BlockStmt, as *ast.AssignStmt, v *types.Var) []string {
	var set []string
	ok := true
	add := func(e ast.Expr) {
		tv, known := f.info.Types[e]
		if !known || tv.Value == nil || tv.Value.Kind() != constant.String {
			ok = false
			return
		}
		set = append(set, constant.StringVal(tv.Value))
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil || !ok || n.Pos() < as.End() {
			return ok
		}
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SwitchStmt:
			if x.Tag != nil && f.varOf(x.Tag) == v {
				for _, s := range x.Body.List {
					for _, e := range s.(*ast.CaseClause).List {
						add(e)
					}
				}
			}
		case *ast.BinaryExpr:
			if (x.Op == token.EQL || x.Op == token.NEQ) && f.varOf(x.X) == v {
				add(x.Y)
			}
		case *ast.Ident:
			if f.varOf(x) == v && !f.comparedUse(x) {
				ok = ok && f.loggedOnly(x) // formatted into a message only
			}
		}
		return ok
	})
	if !ok || len(set) == 0 {
		return nil
	}
	succ, fail := false, false
	for _, s := range set {
		switch {
		case success.match(s):
			succ = true
		case failure.match(s):
			fail = true
		default:
			return nil // a pending state, or a value not known as final
		}
	}
	if !succ || !fail {
		return nil
	}
	sort.Strings(set)
	return set
}

// comparedUse: id is the tag of a switch or the left of a comparison.
func (f *finder) comparedUse(id *ast.Ident) bool {
	switch p := f.parent[id].(type) {
	case *ast.SwitchStmt:
		return p.Tag == id
	case *ast.BinaryExpr:
		return p.X == id && (p.Op == token.EQL || p.Op == token.NEQ)
	}
	return false
}

// loggedOnly: id is an argument of a call that returns nothing used (a
// log line) or of fmt.Errorf/Sprintf.
func (f *finder) loggedOnly(id *ast.Ident) bool {
	c, ok := f.parent[id].(*ast.CallExpr)
	if !ok {
		return false
	}
	if _, stmt := f.parent[c].(*ast.ExprStmt); stmt {
		return true
	}
	return isFunc(f.calleeFunc(c), "fmt", "Errorf", "Sprintf")
}
