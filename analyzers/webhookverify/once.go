package webhookverify

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/paylint/paylint/analyzers/internal/handler"
)

// reportedOps remembers the effects reported in one handler, so that a
// forged event is reported once on each path it takes: a later write in
// the same block as a reported one (or nested in it) follows it on every
// path, and is the same mistake (a ledger insert after MarkFunded); a
// write in another branch of a switch or an if is another path, and
// reported on its own.
type reportedOps struct {
	calls map[handler.Verification][]*ast.CallExpr
}

// follows reports whether call comes after a call already reported with
// verdict v in a block that encloses call too; otherwise it records call.
func (r *reportedOps) follows(pass *analysis.Pass, v handler.Verification, call *ast.CallExpr) bool {
	for _, prev := range r.calls[v] {
		if b := innermostBlock(pass, prev); b != nil && b.Pos() <= call.Pos() && call.End() <= b.End() {
			return true
		}
	}
	if r.calls == nil {
		r.calls = map[handler.Verification][]*ast.CallExpr{}
	}
	r.calls[v] = append(r.calls[v], call)
	return false
}

// innermostBlock is the block, case or select clause holding call's
// statement; nil when its file is not in sight.
func innermostBlock(pass *analysis.Pass, call *ast.CallExpr) ast.Node {
	for _, f := range pass.Files {
		if f.Pos() > call.Pos() || call.End() > f.End() {
			continue
		}
		path, _ := astutil.PathEnclosingInterval(f, call.Pos(), call.End())
		for _, n := range path {
			switch n.(type) {
			case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
				return n
			}
		}
	}
	return nil
}
