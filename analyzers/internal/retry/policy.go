package retry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"time"

	"golang.org/x/tools/go/types/typeutil"
)

// Policy is what a retry library does with the operation it is handed,
// read from the library's documented behaviour and from the options
// visible at the call (lib_*.go hold one library each). Rules ask it
// (Result.PolicyOf, Result.MarkOf) instead of knowing libraries.
type Policy struct {
	// Library names the library ("cenkalti/backoff", "avast/retry-go",
	// "sethvargo/go-retry"); "" when the construct is not a library
	// call the model knows.
	Library string
	// WaitRead: the model read the wait between attempts from the
	// call's options. False for cenkalti/backoff, whose policy value the
	// poll model follows (poll.Loop.Waits; NoWaitPolicy tells a policy
	// type that never waits).
	WaitRead bool
	// Fixed (when WaitRead): every attempt waits Wait, which does not
	// grow (0: no wait at all). False when the wait grows (the libraries'
	// defaults), is jittered, or cannot be read.
	Fixed bool
	Wait  time.Duration
	// Errors says how the error the operation returns steers the
	// library (see MarkOf for the errors it marks).
	Errors ErrorPolicy
}

// ErrorPolicy says which errors returned by a retried operation make a
// library call it again.
type ErrorPolicy int

const (
	// ErrorsUnread: something other than the returned error decides
	// (retry-go's RetryIf option, options not visible), or the construct
	// is not a library the model knows.
	ErrorsUnread ErrorPolicy = iota
	// ErrorsRetried: every non-nil error is retried except those marked
	// Permanent (cenkalti/backoff, avast/retry-go).
	ErrorsRetried
	// MarkedRetried: only errors marked Retryable are retried; any other
	// error ends the retries (sethvargo/go-retry's RetryableError).
	MarkedRetried
)

// Mark is how a library marks an error its operation returns.
type Mark int

const (
	// Unmarked: a plain error (or nil).
	Unmarked Mark = iota
	// Permanent ends the retries: backoff.Permanent, retry.Unrecoverable.
	Permanent
	// Retryable asks for another attempt: backoff.RetryAfter (always),
	// go-retry's RetryableError (when the wrapped error is not nil).
	Retryable
)

// PolicyOf returns the policy of a Library construct; the zero Policy
// for other constructs and libraries the model does not read.
func (r *Result) PolicyOf(c *Construct) Policy {
	call, fn, lib := r.libraryOf(c)
	switch lib {
	case "cenkalti/backoff":
		return Policy{Library: lib, Errors: ErrorsRetried}
	case "avast/retry-go":
		p := Policy{Library: lib, WaitRead: true, Errors: ErrorsRetried}
		if opts, ok := r.retryGoOpts(call, fn); ok {
			p.Wait, p.Fixed = r.retryGoWait(opts)
		}
		if r.retryGoRetryIf(call) {
			p.Errors = ErrorsUnread
		}
		return p
	case "sethvargo/go-retry":
		p := Policy{Library: lib, WaitRead: true, Errors: MarkedRetried}
		p.Wait, p.Fixed = r.goRetryWait(call, fn)
		return p
	}
	if c != nil && c.Kind == Library && fn != nil {
		// A library known under another path (a GOPATH vendor
		// directory): its options are not read, so its wait is unknown;
		// a backoff policy is still followed by the poll model.
		if spec := lookupLibrary(fn.Origin()); spec != nil && !strings.HasPrefix(spec.pkg, backoffPath) {
			return Policy{WaitRead: true}
		}
	}
	return Policy{}
}

// MarkOf returns how the library of construct c marks the error
// expression e its operation returns, with the error inside the mark
// (go-retry's RetryableError(err): err). Unmarked for other constructs.
func (r *Result) MarkOf(c *Construct, e ast.Expr) (Mark, ast.Expr) {
	switch _, _, lib := r.libraryOf(c); lib {
	case "cenkalti/backoff":
		return r.backoffMark(e)
	case "avast/retry-go":
		return r.retryGoMark(e)
	case "sethvargo/go-retry":
		return r.goRetryMark(e)
	}
	return Unmarked, nil
}

// libraryOf returns the call and function of a Library construct and
// the library it belongs to ("" if none the model reads).
func (r *Result) libraryOf(c *Construct) (*ast.CallExpr, *types.Func, string) {
	if r == nil || c == nil || c.Kind != Library {
		return nil, nil, ""
	}
	call, ok := c.Node.(*ast.CallExpr)
	if !ok {
		return nil, nil, ""
	}
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return nil, nil, ""
	}
	switch path := fn.Pkg().Path(); {
	case strings.HasPrefix(path, backoffPath):
		return call, fn, "cenkalti/backoff"
	case strings.HasPrefix(path, retryGoPath):
		return call, fn, "avast/retry-go"
	case path == goRetryPath:
		return call, fn, "sethvargo/go-retry"
	}
	return nil, fn, ""
}

// markCall returns the single argument of e when e calls one of names in
// a package whose path starts with prefix.
func (r *Result) markCall(e ast.Expr, prefix string, names ...string) (ast.Expr, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	f, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if f == nil || f.Pkg() == nil || !strings.HasPrefix(f.Pkg().Path(), prefix) {
		return nil, false
	}
	for _, n := range names {
		if f.Name() == n && len(call.Args) == 1 {
			return call.Args[0], true
		}
	}
	return nil, false
}

// constDuration folds a constant duration expression.
func (r *Result) constDuration(e ast.Expr) (time.Duration, bool) {
	tv, ok := r.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	v, exact := constant.Int64Val(constant.ToInt(tv.Value))
	return time.Duration(v), exact
}

// resolve returns the value a local variable is defined from when it is
// never assigned again (nor has its address taken), else e itself: an
// option or policy built on the line before the call.
func (r *Result) resolve(e ast.Expr) ast.Expr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return e
	}
	info := r.pass.TypesInfo
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return e
	}
	var def ast.Expr
	reassigned := false
	for _, f := range r.pass.Files {
		if f.FileStart > v.Pos() || v.Pos() > f.FileEnd {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch s := n.(type) {
			case *ast.AssignStmt:
				for k, lhs := range s.Lhs {
					lid, ok := ast.Unparen(lhs).(*ast.Ident)
					if !ok || info.ObjectOf(lid) != v {
						continue
					}
					if s.Tok == token.DEFINE && lid.Pos() == v.Pos() && len(s.Lhs) == len(s.Rhs) {
						def = s.Rhs[k]
					} else {
						reassigned = true
					}
				}
			case *ast.ValueSpec:
				for k, name := range s.Names {
					if name.Pos() == v.Pos() && k < len(s.Values) && len(s.Names) == len(s.Values) {
						def = s.Values[k]
					}
				}
			case *ast.UnaryExpr:
				if s.Op == token.AND {
					if xid, ok := ast.Unparen(s.X).(*ast.Ident); ok && info.Uses[xid] == v {
						reassigned = true
					}
				}
			}
			return true
		})
	}
	if def == nil || reassigned {
		return e
	}
	return def
}
