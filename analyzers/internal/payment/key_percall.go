package payment

import (
	"go/ast"
	"go/types"
)

// ---- keys made anew on every call of the function that builds them ----------
//
// A helper that builds a request (a body struct, a form, a header map)
// and stamps its key with a new value — o.No + "-" + time.Now(), a uuid —
// makes a new key on every call, whatever its caller passes: the key is
// not the caller's even when it also contains a parameter. A retry that
// calls such a helper on every attempt sends a new key each time; one
// that calls it once before retrying sends the same key. A key made only
// while the parameter is empty (if key == "" { key = uuid.NewString() },
// cmp.Or(key, uuid.NewString())) stays the caller's key.

// keepsArgs: a call whose result contains its arguments' values
// (fmt.Sprintf, strings.Join, strconv, hex/base64 encodings), so that a
// fresh argument makes a fresh result. Other calls may pick one
// argument over another.
func keepsArgs(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "fmt":
		return len(fn.Name()) > 6 && fn.Name()[:6] == "Sprint"
	case "strings", "strconv", "bytes", "encoding/hex", "encoding/base32", "encoding/base64", "path":
		return true
	}
	return false
}

// freshEveryCall: one of the sure fresh values runs on every call of
// decl: not inside a branch (if, switch, select) or a function literal
// of its body.
func (b *builder) freshEveryCall(sure []ast.Node, decl *ast.FuncDecl) bool {
	if decl == nil || decl.Body == nil {
		return false
	}
	for _, f := range sure {
		if within(f, decl.Body) && !branched(decl.Body, f) {
			return true
		}
	}
	return false
}

// branched: n lies in a conditional part of body (an if's branches, a
// case or comm clause, a function literal).
func branched(body *ast.BlockStmt, n ast.Node) bool {
	found := false
	ast.Inspect(body, func(x ast.Node) bool {
		if found || x == nil || !within(n, x) {
			return false
		}
		switch s := x.(type) {
		case *ast.IfStmt:
			found = within(n, s.Body) || within(n, s.Else)
		case *ast.CaseClause, *ast.CommClause, *ast.FuncLit:
			found = true
		}
		return !found
	})
	return found
}

// perCall is the origin of a key a called function makes on every call:
// the wrapper op calls, or a helper building the request (k.At). A
// helper called outside the repeated region, or inside it only while
// its result is still empty, runs once: the attempts share its key.
func perCall(info *types.Info, op *Op, k *Key, a Attempts) KeyOrigin {
	call, _ := k.At.(*ast.CallExpr)
	o := KeyOrigin{Kind: KeyPerCall, Unset: k.Field}
	if call == nil {
		return o
	}
	o.Maker = calleeOf(info, call)
	if a.Region == nil || within(call, op.Call) {
		return o
	}
	if !within(call, a.Region) || madeOnce(info, call, a.Region) {
		return KeyOrigin{Kind: KeyMadeOnce}
	}
	return o
}

// isCounterStep: a shared counter stepped by a non-zero constant
// (atomic.AddInt64(&c.seq, 1), c.seq.Add(1)): a new number on every
// call, as a sequence-numbered key is. A step of 0 is a read.
func (b *builder) isCounterStep(call *ast.CallExpr, fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "sync/atomic" || len(call.Args) == 0 {
		return false
	}
	switch fn.Name() {
	case "AddInt32", "AddInt64", "AddUint32", "AddUint64":
		if hasRecv(fn) || len(call.Args) != 2 {
			return false
		}
	case "Add":
		if !hasRecv(fn) || len(call.Args) != 1 {
			return false
		}
	default:
		return false
	}
	tv, ok := b.ix.info.Types[call.Args[len(call.Args)-1]]
	return ok && tv.Value != nil && tv.Value.ExactString() != "0"
}
