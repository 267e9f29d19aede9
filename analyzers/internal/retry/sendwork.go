package retry

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/funcs"
)

// ---- what a sender does between two sends -------------------------------------
//
// A helper handed a callback calls little else in its loop; a sender
// that sends again the request it is handed (resend.go) builds that
// request anew on every attempt: http.NewRequestWithContext, the
// headers set one by one, the body read from bytes, and a predicate of
// its own on the answer (transient(resp.StatusCode)). None of that
// waits, so it does not hide a pause between two sends: a sender whose
// loop does only that sends again at once. Anything else (a call of
// another package, a function of the package that does more than
// compute, a channel operation) still may block, and the wait stays
// unknown.

// quietDepth: how deep functions of the package are read through.
const quietDepth = 2

// buildsRequest: fn only builds or reads a request or its parts
// (net/http's request constructors and header methods, readers over
// bytes or strings, net/url's encoders), never a send or a wait.
func buildsRequest(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	recv := ""
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		if n, ok := derefType(sig.Recv().Type()).(*types.Named); ok {
			recv = n.Obj().Name()
		}
	}
	switch fn.Pkg().Path() {
	case "net/http":
		switch recv {
		case "":
			switch fn.Name() {
			case "NewRequest", "NewRequestWithContext", "StatusText", "CanonicalHeaderKey":
				return true
			}
		case "Header":
			return true
		case "Request":
			switch fn.Name() {
			case "WithContext", "Clone", "SetBasicAuth", "AddCookie":
				return true
			}
		}
	case "bytes", "strings":
		return recv == "" && (fn.Name() == "NewReader" || fn.Name() == "NewBuffer" || fn.Name() == "NewBufferString")
	case "net/url":
		return true // parsing, escaping, encoding values
	}
	return false
}

// quietFunc: fn is a function of this package whose body only computes:
// no channel operation, no goroutine, and only calls that never wait,
// read through depth functions of the package.
func (r *Result) quietFunc(fn *types.Func, depth int) bool {
	if fn == nil || fn.Pkg() != r.pass.Pkg || depth <= 0 {
		return false
	}
	fn = fn.Origin()
	if q, ok := r.quiet[fn]; ok {
		return q
	}
	if r.quiet == nil {
		r.quiet = map[*types.Func]bool{}
	}
	r.quiet[fn] = false // cut recursion
	decl := funcs.Of(r.pass).Body(fn)
	if decl == nil || decl.Body == nil {
		return false
	}
	quiet := true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.GoStmt, *ast.SelectStmt, *ast.SendStmt, *ast.DeferStmt:
			quiet = false
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				quiet = false
			}
		case *ast.RangeStmt:
			if t := r.pass.TypesInfo.TypeOf(n.X); t != nil {
				if _, ok := t.Underlying().(*types.Chan); ok {
					quiet = false
				}
			}
		case *ast.CallExpr:
			if !r.harmlessCall(n, r.staticCallee(n), depth-1) {
				quiet = false
			}
		}
		return quiet
	})
	r.quiet[fn] = quiet
	return quiet
}
