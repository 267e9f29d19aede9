package retry

import (
	"go/ast"
	"go/types"
)

// A retry helper that sends round only transport failures:
//
//	var ne net.Error
//	if !errors.As(err, &ne) || i+1 >= attempts { return zero, err }
//
// An error a callback makes from an API's answer (an error status, the
// list of errors an SDK response carries, fmt.Errorf around a code) is
// not a net.Error, a *url.Error, an OS-level connection error or a
// deadline: such a test is false for it, and the helper returns it at
// once. The failure predicate (errpred.go) reads errors.As with such a
// target, and errors.Is with such a sentinel, as false, so the helper's
// ErrFilterFact says that no failed status goes round. Only the types
// and values below: a target of the merchant's own type may be what its
// API errors are, and keeps the old reading.

// transportTypes are the standard library's error types of a failed
// connection, keyed by package path and type name.
var transportTypes = map[string]map[string]bool{
	"net":     {"Error": true, "OpError": true, "DNSError": true, "AddrError": true},
	"net/url": {"Error": true},
	"os":      {"SyscallError": true},
	"syscall": {"Errno": true},
}

// transportSentinels are the standard library's sentinel errors of a
// failed connection or a timed-out wait.
var transportSentinels = map[string]map[string]bool{
	"context": {"DeadlineExceeded": true},
	"io":      {"EOF": true, "ErrUnexpectedEOF": true},
	"net":     {"ErrClosed": true},
	"os":      {"ErrDeadlineExceeded": true},
	"syscall": {"ECONNRESET": true, "ECONNREFUSED": true, "ECONNABORTED": true, "EPIPE": true, "ETIMEDOUT": true},
}

// transportTarget: e (the variable handed to errors.As) has one of the
// transport error types, or a pointer to one.
func transportTarget(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	if t == nil {
		return false
	}
	if p, ok := t.(*types.Pointer); ok {
		if _, isNamed := types.Unalias(p.Elem()).(*types.Named); isNamed {
			t = p.Elem()
		}
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	return transportTypes[n.Obj().Pkg().Path()][n.Obj().Name()]
}

// transportSentinel: e names one of the transport sentinel errors.
func transportSentinel(info *types.Info, e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	obj := info.ObjectOf(sel.Sel)
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	return transportSentinels[obj.Pkg().Path()][obj.Name()]
}
