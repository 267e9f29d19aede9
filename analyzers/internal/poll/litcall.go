package poll

import "go/ast"

// ---- an attempt written as a function literal called where it is made ----------
//
//	for {
//		err := func() error { …; resp, err := client.Do(req); … }()
//		if err != nil && n < 5 { n++; continue }
//		…
//	}
//
// The call of the literal has no callee paylint can name, and an unknown
// callee may block; but this callee's body is the literal itself, which
// findWaits walks as part of the loop (its sleeps, channels and unknown
// calls are found there). Taking the call as a possible wait on top made
// every such loop look as if it paused, so a payment POST retried back to
// back went unreported while the same loop with a 100ms sleep was. A
// literal started by go or defer does not run between two passes in line
// with the loop and keeps the old reading.

// inlineLit: call invokes a function literal in line (not under go
// or defer), so what it may wait for is in the literal's body.
func (f *finder) inlineLit(call *ast.CallExpr) bool {
	if _, ok := unparen(call.Fun).(*ast.FuncLit); !ok {
		return false
	}
	switch f.parent[call].(type) {
	case *ast.GoStmt, *ast.DeferStmt:
		return false
	}
	return true
}
