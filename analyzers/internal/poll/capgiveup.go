package poll

import (
	"go/ast"
	"go/token"

	"github.com/paylint/paylint/analyzers/internal/jumps"
)

// ---- a poll helper of another package that gives up at its attempt cap ------
//
//	func WaitFor(ctx context.Context, tries int, every time.Duration,
//		check func(context.Context) (bool, error)) (bool, error) {
//		for i := 0; i < tries; i++ {
//			done, err := check(ctx)
//			…
//			if done { return true, nil }
//			select { case <-ctx.Done(): return false, ctx.Err(); case <-time.After(every): }
//		}
//		return false, nil
//	}
//
// The statement after a counted loop runs only when the cap ended the
// wait (no break leaves it early): what it returns is the helper's "gave
// up, still pending", as the Done case of a `for {}` under its own
// timeout is (ownTimeoutGiveUp). Exported as the same GiveUpFact, so a
// caller of another package that creates a payment, waits through the
// helper and goes round on (false, nil) is seen to pay again while the
// first payment may still settle (rewait.go).

// ownBoundGiveUp is what fd returns when its own timeout or its attempt cap
// ends its wait.
func (f *finder) ownBoundGiveUp(fd *ast.FuncDecl) []absVal {
	if vals := f.ownTimeoutGiveUp(fd); vals != nil {
		return vals
	}
	if vals := f.deadlineGiveUp(fd); vals != nil { // deadlinegiveup.go
		return vals
	}
	return f.capGiveUp(fd)
}

// capGiveUp returns what fd returns right after its one counted
// `for` statement, nil when unknown or when the loop can be left by a
// break (then the return is also reached on success).
func (f *finder) capGiveUp(fd *ast.FuncDecl) []absVal {
	var loop *ast.ForStmt
	var next ast.Stmt
	for i, s := range fd.Body.List {
		if fs, ok := s.(*ast.ForStmt); ok {
			if loop != nil || fs.Cond == nil || i+1 >= len(fd.Body.List) {
				return nil
			}
			loop, next = fs, fd.Body.List[i+1]
		}
	}
	ret, ok := next.(*ast.ReturnStmt)
	if loop == nil || !ok || breaksOut(loop.Body) {
		return nil
	}
	w := &walker{f: f, vars: env{}}
	if w.stmts([]ast.Stmt{ret}) != walkReturn {
		return nil
	}
	for _, v := range w.ret {
		if v.kind == absPending {
			return nil // not carried across packages (a sentinel is: deadlinegiveup.go)
		}
	}
	return w.ret
}

// breaksOut: body has a break that leaves the loop it is the body of (an
// unlabeled one outside a nested for, range, switch or select, or any
// labeled break or goto).
func breaksOut(body *ast.BlockStmt) bool {
	return jumps.Any(body, jumps.BreakTarget, func(b *ast.BranchStmt, nested bool) bool {
		return b.Tok == token.GOTO || b.Tok == token.BREAK && (b.Label != nil || !nested)
	})
}
