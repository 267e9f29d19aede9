package jumps_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"github.com/paylint/paylint/analyzers/internal/jumps"
)

func breaks(b *ast.BranchStmt, nested bool) bool {
	return b.Tok == token.GOTO || b.Tok == token.BREAK && (b.Label != nil || !nested)
}

func continues(b *ast.BranchStmt, nested bool) bool {
	return b.Tok == token.CONTINUE && (b.Label != nil || !nested)
}

// TestAny: a branch leaves the body unless a nested statement it stops
// at holds it, or a function literal does; a labelled one always may.
func TestAny(t *testing.T) {
	for _, c := range []struct {
		body  string
		nests func(ast.Node) bool
		match func(*ast.BranchStmt, bool) bool
		want  bool
	}{
		{"if x { break }", jumps.BreakTarget, breaks, true},
		{"switch { case x: break }", jumps.BreakTarget, breaks, false},
		{"for { break }", jumps.BreakTarget, breaks, false},
		{"for { break L }", jumps.BreakTarget, breaks, true},
		{"for { goto L }", jumps.BreakTarget, breaks, true},
		{"f := func() { for { break } }; _ = f", jumps.BreakTarget, breaks, false},
		{"if x { continue }", jumps.Loop, continues, true},
		{"switch { case x: continue }", jumps.Loop, continues, true},
		{"for range y { continue }", jumps.Loop, continues, false},
		{"for range y { continue L }", jumps.Loop, continues, true},
	} {
		f, err := parser.ParseFile(token.NewFileSet(), "x.go", "package p\nfunc _() {\n"+c.body+"\n}", 0)
		if err != nil {
			t.Fatal(err)
		}
		body := f.Decls[0].(*ast.FuncDecl).Body
		if got := jumps.Any(body, c.nests, c.match); got != c.want {
			t.Errorf("%s: %v, want %v", c.body, got, c.want)
		}
	}
}
