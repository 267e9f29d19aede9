package idempotency

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// hoistFix offers to move the statement that makes the key anew on every
// attempt above the retry loop, so that every attempt sends the same key:
//
//	for i := 0; i < 3; i++ {            key := uuid.NewString()
//		key := uuid.NewString()    =>   for i := 0; i < 3; i++ {
//		... send(key) ...                   ... send(key) ...
//
// Only when the move cannot change anything else: a hand-written loop; a
// statement of the loop body itself, alone on its line, `key := E` or
// `key = E`; E a call with no arguments of a function that makes keys
// (uuid.NewString(), stripe.NewIdempotencyKey(), a function of the code
// returning one), possibly followed by .String(); the variable assigned
// nowhere else in the loop, not used before the statement, its address
// never taken, and with `:=` its name free where the loop is. Otherwise no
// fix: the finding stands alone and the reader decides.
func hoistFix(pass *analysis.Pass, op *payment.Op, c *retry.Construct) []analysis.SuggestedFix {
	if c.Kind != retry.Loop {
		return nil
	}
	body, ok := c.Region.(*ast.BlockStmt)
	if !ok || c.Node == nil {
		return nil
	}
	// The fresh value the finding names (see problem).
	origin := payment.KeyOf(pass.TypesInfo, op, payment.Attempts{Region: body, Counters: c.Counters})
	if origin.Kind != payment.KeyPerAttempt {
		return nil
	}
	fresh := origin.At
	for _, st := range body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Pos() > fresh.Pos() || fresh.End() > as.End() {
			continue
		}
		if v := hoistable(pass, as, c.Node, body); v != nil {
			return hoistEdits(pass, as, c.Node, v)
		}
		return nil
	}
	return nil
}

// hoistable returns the variable as assigns when as can move above loop.
func hoistable(pass *analysis.Pass, as *ast.AssignStmt, loop ast.Node, body *ast.BlockStmt) *types.Var {
	if len(as.Lhs) != 1 || len(as.Rhs) != 1 || (as.Tok != token.DEFINE && as.Tok != token.ASSIGN) {
		return nil
	}
	id, ok := as.Lhs[0].(*ast.Ident)
	if !ok || !pureKey(pass, as.Rhs[0]) {
		return nil
	}
	v, _ := pass.TypesInfo.ObjectOf(id).(*types.Var)
	if v == nil || v.IsField() || v.Name() == "_" {
		return nil
	}
	if as.Tok == token.DEFINE {
		// Declared in the loop body: the name must mean nothing where the
		// loop is, or the move would shadow it there.
		scope := pass.TypesInfo.Scopes[loop]
		if scope == nil || scope.Parent() == nil {
			return nil
		}
		if _, obj := scope.LookupParent(v.Name(), token.NoPos); obj != nil {
			return nil
		}
	} else if v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() || declaredIn(v.Pos(), loop) {
		return nil // key = E: only a local declared before the loop
	}
	if !onlyUse(pass, v, as, loop) {
		return nil
	}
	return v
}

func declaredIn(pos token.Pos, n ast.Node) bool { return n.Pos() <= pos && pos < n.End() }

// pureKey: e makes a key and depends on nothing: F() or F().String(),
// where F is a function (not a method) with no arguments that the payment
// model knows to return a new unique value, and not a clock or a plain
// random number.
func pureKey(pass *analysis.Pass, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return false
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "String" {
		if s, ok := pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.MethodVal {
			if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
				return keyMaker(pass, inner)
			}
			return false
		}
	}
	return keyMaker(pass, call)
}

// keyMaker: call is F() for a package-level function F that makes keys
// (payment.KeyMaker).
func keyMaker(pass *analysis.Pass, call *ast.CallExpr) bool {
	if len(call.Args) != 0 {
		return false
	}
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		if _, isMethod := pass.TypesInfo.Selections[f]; isMethod {
			return false
		}
		id = f.Sel
	default:
		return false
	}
	fn, _ := pass.TypesInfo.Uses[id].(*types.Func)
	return payment.KeyMaker(fn)
}

// onlyUse reports whether, in loop, v is assigned only by as and not used
// before it, and its address is never taken.
func onlyUse(pass *analysis.Pass, v *types.Var, as *ast.AssignStmt, loop ast.Node) bool {
	ok := true
	ast.Inspect(loop, func(n ast.Node) bool {
		if !ok || n == as {
			return false
		}
		switch x := n.(type) {
		case *ast.Ident:
			if pass.TypesInfo.ObjectOf(x) == v && x.Pos() < as.Pos() {
				ok = false
			}
		case *ast.UnaryExpr:
			if id, isID := ast.Unparen(x.X).(*ast.Ident); isID && x.Op == token.AND && pass.TypesInfo.ObjectOf(id) == v {
				ok = false
			}
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				if id, isID := ast.Unparen(l).(*ast.Ident); isID && pass.TypesInfo.ObjectOf(id) == v {
					ok = false
				}
			}
		case *ast.IncDecStmt:
			if id, isID := ast.Unparen(x.X).(*ast.Ident); isID && pass.TypesInfo.ObjectOf(id) == v {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// hoistEdits deletes as's line and inserts it above the loop (above its
// label, if any), at the loop's indentation. Both must stand alone on
// their lines.
func hoistEdits(pass *analysis.Pass, as *ast.AssignStmt, loop ast.Node, v *types.Var) []analysis.SuggestedFix {
	tf := pass.Fset.File(as.Pos())
	if tf == nil {
		return nil
	}
	src, err := pass.ReadFile(tf.Name())
	if err != nil || tf.Size() != len(src) {
		return nil
	}
	top := labelOf(pass, loop)
	stmtStart, stmtEnd := tf.Offset(as.Pos()), tf.Offset(as.End())
	lineStart := tf.Offset(tf.LineStart(tf.Line(as.Pos())))
	lineEnd := bytes.IndexByte(src[stmtEnd:], '\n')
	if lineEnd < 0 || !blank(src[lineStart:stmtStart]) || !blank(src[stmtEnd:stmtEnd+lineEnd]) {
		return nil
	}
	lineEnd += stmtEnd + 1
	loopLine := tf.Offset(tf.LineStart(tf.Line(top.Pos())))
	indent := src[loopLine:tf.Offset(top.Pos())]
	if !blank(indent) || bytes.IndexByte(src[stmtStart:stmtEnd], '\n') >= 0 {
		return nil
	}
	text := string(indent) + string(src[stmtStart:stmtEnd]) + "\n"
	return []analysis.SuggestedFix{{
		Message: "make the idempotency key " + v.Name() + " once, before the retry loop",
		TextEdits: []analysis.TextEdit{
			{Pos: tf.Pos(loopLine), End: tf.Pos(loopLine), NewText: []byte(text)},
			{Pos: tf.Pos(lineStart), End: tf.Pos(lineEnd)},
		},
	}}
}

// labelOf returns the labelled statement around loop, or loop.
func labelOf(pass *analysis.Pass, loop ast.Node) ast.Node {
	var out ast.Node = loop
	for _, f := range pass.Files {
		if f.FileStart <= loop.Pos() && loop.Pos() <= f.FileEnd {
			ast.Inspect(f, func(n ast.Node) bool {
				if l, ok := n.(*ast.LabeledStmt); ok && l.Stmt == loop {
					out = l
				}
				return out == loop
			})
		}
	}
	return out
}

func blank(b []byte) bool { return len(bytes.TrimSpace(b)) == 0 }
