package retry

import (
	"go/ast"
	"go/token"

	"github.com/paylint/paylint/analyzers/internal/jumps"
)

// Recursion written as a loop: for cond { sleep; return self(…) } runs
// its body at most once, so it is the if form (if cond { sleep; return
// self(…) }) in other words. The retry and poll models read such a for
// as an if: its condition guards the body, and it is no loop of its own.

// OnceLoop returns n as a for statement whose body runs at most once: no
// post statement, a body that ends in a return or a panic, and no
// continue that goes round it. Nil for any other node.
func OnceLoop(n ast.Node) *ast.ForStmt {
	fs, ok := n.(*ast.ForStmt)
	if !ok || fs.Post != nil || fs.Body == nil || len(fs.Body.List) == 0 {
		return nil
	}
	if !endsRound(fs.Body.List[len(fs.Body.List)-1]) || continues(fs) {
		return nil
	}
	return fs
}

// AsIf returns n as an if statement: n itself, or the if that a once
// loop stands for (its condition, true when it has none, and its body).
func AsIf(n ast.Node) (*ast.IfStmt, bool) {
	if is, ok := n.(*ast.IfStmt); ok {
		return is, true
	}
	fs := OnceLoop(n)
	if fs == nil {
		return nil, false
	}
	cond := fs.Cond
	if cond == nil {
		cond = &ast.Ident{NamePos: fs.For, Name: "true"}
	}
	return &ast.IfStmt{If: fs.For, Cond: cond, Body: fs.Body}, true
}

// endsRound: a return, or a call of panic.
func endsRound(st ast.Stmt) bool {
	switch s := st.(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		call, ok := s.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := call.Fun.(*ast.Ident)
		return ok && id.Name == "panic"
	}
	return false
}

// continues reports whether a continue in fs's body goes round fs: an
// unlabelled one outside nested loops, or one naming fs's label.
func continues(fs *ast.ForStmt) bool {
	return jumps.Any(fs.Body, jumps.Loop, func(b *ast.BranchStmt, nested bool) bool {
		// A labelled continue may name fs: without the label's
		// statement at hand, assume it does (not a once loop).
		return b.Tok == token.CONTINUE && (b.Label != nil || !nested)
	})
}
