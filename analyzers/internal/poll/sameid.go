package poll

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// Same payment, id recomputed: a status read whose id is computed again
// inside the loop from values that do not change (hash :=
// decodeInvoice(invoice), hash, _ = hex.DecodeString(h),
// &lnrpc.PaymentHash{RHash: hash}) reads the same payment every round.
// The arguments are judged by invariant as before; what is added here is
// which calls give the same result for the same arguments, and which
// assignments inside the loop give a variable the same value again. An
// id taken from a list that advances (ids[i], rows.Scan(&id), a queue)
// still varies.

// detPkgs are packages whose functions compute their result from their
// arguments alone (decoders, hashes), beyond purePkgs.
var detPkgs = map[string]bool{
	"encoding/hex": true, "encoding/base64": true, "encoding/base32": true,
	"crypto/sha256": true, "crypto/sha512": true, "crypto/sha1": true, "crypto/md5": true,
	"hash/crc32": true, "unicode": true, "math": true, "path/filepath": true,
}

// maxDetDepth bounds how deep calls of the package's own functions are
// followed.
const maxDetDepth = 3

// recomputes reports whether call gives the same result for the same
// arguments: a function of detPkgs, or a function of this package whose
// body does nothing else (see detFunc).
func (f *finder) recomputes(call *ast.CallExpr) bool {
	return f.detCall(call, 0)
}

func (f *finder) detCall(call *ast.CallExpr, depth int) bool {
	if f.pureCall(call) {
		return true
	}
	fn := f.calleeFunc(call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	if detPkgs[fn.Pkg().Path()] {
		return true
	}
	return fn.Pkg() == f.pass.Pkg && depth < maxDetDepth && f.detFunc(fn, depth+1)
}

// detFunc reports whether fn, a function of this package, computes its
// result from its arguments alone: no receiver but a value one, only
// deterministic calls, no channel, goroutine or closure, no write to a
// package variable or through a parameter, no read of a package
// variable of this package (state another function may change).
func (f *finder) detFunc(fn *types.Func, depth int) bool {
	fd := f.declOf(fn)
	if fd == nil || fd.Body == nil {
		return false
	}
	if fd.Recv != nil && len(fd.Recv.List) == 1 {
		if _, ptr := fd.Recv.List[0].Type.(*ast.StarExpr); ptr {
			return false
		}
	}
	ok := true
	local := func(e ast.Expr) bool { // written: a variable of fn's own
		id := retry.RootIdent(e)
		if id == nil {
			return false
		}
		v, _ := f.info.ObjectOf(id).(*types.Var)
		if v == nil || v.Pos() < fd.Pos() || v.Pos() >= fd.End() {
			return false
		}
		_, plain := ast.Unparen(e).(*ast.Ident)
		return plain || fd.Body.Pos() <= v.Pos() && v.Pos() < fd.Body.End()
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt, *ast.SendStmt, *ast.SelectStmt:
			ok = false
		case *ast.UnaryExpr:
			ok = n.Op != token.ARROW
		case *ast.CallExpr:
			if b, isBuiltin := typeOfCallee(f, n).(*types.Builtin); isBuiltin {
				ok = b.Name() != "panic" && b.Name() != "recover" && b.Name() != "print" && b.Name() != "println"
			} else {
				ok = f.detCall(n, depth)
			}
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if id, blank := lhs.(*ast.Ident); !(blank && id.Name == "_") && !local(lhs) {
					ok = false
				}
			}
		case *ast.IncDecStmt:
			ok = local(n.X)
		case *ast.Ident:
			if v, isVar := f.info.Uses[n].(*types.Var); isVar && v.Pkg() == f.pass.Pkg && v.Parent() == f.pass.Pkg.Scope() {
				ok = false // package state of this package
			}
		}
		return ok
	})
	return ok
}

func typeOfCallee(f *finder, call *ast.CallExpr) types.Object {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil
	}
	return f.info.Uses[id]
}

// declOf returns fn's declaration among the package's files.
func (f *finder) declOf(fn *types.Func) *ast.FuncDecl {
	if f.pkg != nil {
		return f.pkg.funcDecl(fn)
	}
	return funcs.Of(f.pass).Syntax(fn)
}

// sameAgain reports whether an assignment of v inside the loop gives it
// the same value every round: a plain statement of the loop's body (not
// under a condition) whose value does not mention v and is invariant
// (hash, _ = hex.DecodeString(h) with h declared before the loop).
func (f *finder) sameAgain(a ast.Node, v *types.Var, l *Loop, depth int) bool {
	as, ok := a.(*ast.AssignStmt)
	if !ok || (as.Tok != token.ASSIGN && as.Tok != token.DEFINE) || f.parent[as] != l.Body {
		return false
	}
	var rhs ast.Expr
	for i, lhs := range as.Lhs {
		if f.varOf(lhs) != v {
			continue
		}
		switch {
		case len(as.Rhs) == len(as.Lhs):
			rhs = as.Rhs[i]
		case len(as.Rhs) == 1:
			rhs = as.Rhs[0]
		}
	}
	if rhs == nil || mentionsVar(f, rhs, v) {
		return false
	}
	return f.invariant(rhs, l, depth+1)
}
