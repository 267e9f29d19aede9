package poll

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// ---- calls that cannot wait ---------------------------------------------------
//
// A loop with no wait is busy only if nothing it calls can wait either.
// Beyond the standard library's pure packages (callees.go), three kinds of
// calls cannot wait: conversions and builtins; an error's Error method;
// and a function of the package whose body calls only such things (a
// getter reading a token under a mutex, a header builder), followed
// through at most maxSummaryDepth calls of the package. Sleeping, a
// channel operation, a select, a goroutine, a call of a function value or
// of any other unknown code may wait.

// maxSummaryDepth bounds the chain of the package's calls followed.
const maxSummaryDepth = 3

// trivialCall: a conversion, a builtin (len, append, min…), or an Error
// method (func() string): none waits.
func (f *finder) trivialCall(call *ast.CallExpr) bool {
	if tv, ok := f.info.Types[call.Fun]; ok && tv.IsType() {
		return true
	}
	switch fn := typeutil.Callee(f.info, call).(type) {
	case *types.Builtin:
		return true
	case *types.Func:
		return isErrorMethod(fn)
	}
	return false
}

// isErrorMethod: a method Error() string (an SDK's error type).
func isErrorMethod(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || fn.Name() != "Error" || sig.Recv() == nil || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	b, ok := sig.Results().At(0).Type().(*types.Basic)
	return ok && b.Kind() == types.String
}

// syncLock: sync.Mutex and sync.RWMutex lock and unlock a field briefly;
// taking them is not a wait between attempts.
func syncLock(fn *types.Func) bool {
	if fn.Pkg() == nil || fn.Pkg().Path() != "sync" {
		return false
	}
	switch fn.Name() {
	case "Lock", "Unlock", "RLock", "RUnlock", "TryLock", "TryRLock":
		return true
	}
	return false
}

// builderCalls returns the calls of a payment op's own receiver chain
// (client.R().SetContext(ctx).Get(url), api.GetPaymentByID(ctx,
// id).Execute()): they build the request the op sends, they do not wait.
func builderCalls(op *ast.CallExpr) map[*ast.CallExpr]bool {
	out := map[*ast.CallExpr]bool{}
	e := op.Fun
	for {
		sel, ok := unparen(e).(*ast.SelectorExpr)
		if !ok {
			return out
		}
		switch x := unparen(sel.X).(type) {
		case *ast.CallExpr:
			out[x] = true
			e = x.Fun
		case *ast.SelectorExpr:
			e = x
		default:
			return out
		}
	}
}

// pkgNonBlocking reports whether fn, a function or method declared in the
// package, never waits: its body (and those of the package's functions it
// calls, to maxSummaryDepth) calls only functions that cannot wait.
func (f *finder) pkgNonBlocking(fn *types.Func, depth int) bool {
	if f.pkg == nil || fn.Pkg() != f.pass.Pkg || depth >= maxSummaryDepth {
		return false
	}
	fn = fn.Origin()
	if depth == 0 {
		if v, ok := f.pkg.summary(fn); ok {
			return v
		}
	}
	decl := f.pkg.funcDecl(fn)
	ok := decl != nil && decl.Body != nil && f.bodyNonBlocking(decl.Body, fn, depth)
	if depth == 0 {
		f.pkg.setSummary(fn, ok)
	}
	return ok
}

// bodyNonBlocking: nothing in body may wait (self: the function whose
// body it is; a call of itself is not followed).
func (f *finder) bodyNonBlocking(body *ast.BlockStmt, self *types.Func, depth int) bool {
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			ok = f.callNonBlocking(n, self, depth)
		case *ast.UnaryExpr:
			ok = n.Op != token.ARROW
		case *ast.SendStmt, *ast.SelectStmt, *ast.GoStmt:
			ok = false
		case *ast.RangeStmt:
			if t := f.info.TypeOf(n.X); t != nil {
				switch t.Underlying().(type) {
				case *types.Chan, *types.Signature:
					ok = false
				}
			}
		}
		return ok
	})
	return ok
}

func (f *finder) callNonBlocking(call *ast.CallExpr, self *types.Func, depth int) bool {
	if f.trivialCall(call) {
		return true
	}
	fn := f.calleeFunc(call)
	switch {
	case fn == nil || fn.Origin() == self:
		return false
	case syncLock(fn) || f.nonBlockingLib(fn):
		return true
	}
	return f.pkgNonBlocking(fn, depth+1)
}

// funcDecl returns the declaration of a function of the package.
func (p *pkgIndex) funcDecl(fn *types.Func) *ast.FuncDecl {
	return p.funcs.Syntax(fn)
}

func (p *pkgIndex) summary(fn *types.Func) (bool, bool) {
	p.blockMu.Lock()
	defer p.blockMu.Unlock()
	v, ok := p.blocking[fn]
	return v, ok
}

func (p *pkgIndex) setSummary(fn *types.Func, nonBlocking bool) {
	p.blockMu.Lock()
	defer p.blockMu.Unlock()
	p.blocking[fn] = nonBlocking
}
