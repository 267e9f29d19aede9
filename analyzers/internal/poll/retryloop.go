package poll

import (
	"go/ast"
	"go/types"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// Attempts applies the poll model's wait and bound finders to loops that
// retry a call rather than poll a status (the retrybackoff rule asks how
// a retry loop waits between attempts and what stops it), so that waits
// and durations are folded in one place.
type Attempts struct {
	pass    *analysis.Pass
	opOf    OpOf
	mu      sync.Mutex
	finders map[*ast.File]*finder
	idx     *pkgIndex
}

// NewAttempts returns the attempt-loop analysis of pass's package; opOf
// recognises the payment ops (their calls are not waits).
func NewAttempts(pass *analysis.Pass, opOf OpOf) *Attempts {
	return &Attempts{pass: pass, opOf: opOf, finders: map[*ast.File]*finder{}, idx: newPkgIndex(pass)}
}

// Loop returns the waits and bounds of node, an attempt loop: a
// *ast.ForStmt, a *ast.RangeStmt, or a cenkalti/backoff Retry call whose
// operation is a function literal (Kind BackoffRetry: its policy is the
// wait, its retry cap or elapsed-time limit a bound). Waits, MayBlock,
// Exits and Bounds are filled; Reads is empty and nothing about a
// payment's status is meaningful (Exit.OnStatus, StatusExit). Nil when
// node is none of these or lies in no file of the package.
func (a *Attempts) Loop(node ast.Node) *Loop {
	if a == nil || node == nil || a.pass.TypesInfo == nil {
		return nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	f := a.finder(node)
	if f == nil {
		return nil
	}
	l := statementLoop(node)
	if call, ok := node.(*ast.CallExpr); ok {
		l = f.backoffRetry(call)
	}
	if l == nil || l.Body == nil {
		return nil
	}
	l.f = f
	l.Func = f.enclosingFunc(l.Node)
	l.status = map[*types.Var]bool{}
	f.findWaits(l)
	f.findExits(l)
	f.findBounds(l)
	return l
}

// finder returns the (cached) finder of the file holding node.
func (a *Attempts) finder(node ast.Node) *finder {
	for _, file := range a.pass.Files {
		if file.FileStart <= node.Pos() && node.End() <= file.FileEnd {
			if f := a.finders[file]; f != nil {
				return f
			}
			f := newFinder(a.pass, a.opOf, file)
			f.pkg = a.idx
			a.finders[file] = f
			return f
		}
	}
	return nil
}
