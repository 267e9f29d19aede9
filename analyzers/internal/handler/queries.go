package handler

import (
	"go/ast"
	"go/token"
	"sort"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- queries for rules -------------------------------------------------------

// Judged returns the handlers rules judge: not declared in _test.go files
// (fake providers) and with their SSA form built.
func (m *Model) Judged() []*Handler {
	var out []*Handler
	for _, h := range m.Handlers {
		if !h.InTestFile() && h.Fn != nil {
			out = append(out, h)
		}
	}
	return out
}

// Fulfilments returns the fulfilment and paid-state-write ops in h.
func (m *Model) Fulfilments(h *Handler) []*payment.Op {
	if m == nil || m.info == nil {
		return nil
	}
	// Effects behind interfaces (ifaceeffects.go) count as the handler's own.
	ops := append(m.fulfilments(h.Body), m.IfaceFulfilments(h)...)
	sort.SliceStable(ops, func(i, j int) bool { return ops[i].Call.Pos() < ops[j].Call.Pos() })
	return ops
}

// Guarded returns the GuardedFact of the function call calls, or nil.
func (m *Model) Guarded(call *ast.CallExpr) *GuardedFact {
	return m.guardedFact(m.callee(call))
}

// VerificationAt reports the state of signature verification where call
// happens in h.
func (m *Model) VerificationAt(h *Handler, call *ast.CallExpr) Verification {
	in := m.instrOf(h.Fn, call)
	if in == nil {
		return Verified // not located: stay silent
	}
	v := m.verifiedAt(h.Fn, in.Block())
	if v == Verified && m.emptyBodyOpen(h.Fn, in.Block()) {
		return Partial // Square's verifier passes an empty body (emptybody.go)
	}
	if (v == Skipped || v == Unenforced) && m.verifiesAfter(h.Fn, in) {
		return Late
	}
	return v
}

// BehindVerifier reports whether every route of h (it has at least one)
// passes through middleware that verifies the signature first, or through
// middleware this package cannot see (then the rule stays silent).
func (m *Model) BehindVerifier(h *Handler) bool {
	for _, r := range h.Routes {
		if !m.routeVerified(r) { // mounts.go
			return false
		}
	}
	return len(h.Routes) > 0
}

func knownMiddlewarePkg(p string) bool {
	return p == ginPkgs[0] || strings.HasPrefix(p, "github.com/go-chi/") || strings.HasPrefix(p, "github.com/labstack/echo") ||
		strings.HasPrefix(p, "github.com/gofiber/") || p == "github.com/gorilla/handlers" || p == "github.com/gorilla/mux" ||
		p == "net/http" || quietMiddleware[p] // quietmw.go
}

// StatusChecked reports whether call in h happens only after the
// payment's status was read from the provider and compared with a
// success value (directly or through a paid-check helper). When not,
// param is the read of the query or form parameter whose value guards the
// call instead, if any.
func (m *Model) StatusChecked(h *Handler, call *ast.CallExpr) (ok bool, param *Read) {
	in := m.instrOf(h.Fn, call)
	if in == nil {
		return true, nil
	}
	b := in.Block()
	var reqs []ssa.Value
	for _, p := range h.Fn.Params {
		if requestType(p.Type()) {
			reqs = append(reqs, p)
		}
	}
	reads := map[token.Pos]bool{}
	for _, r := range h.Params {
		if r.Call != nil {
			reads[r.Call.Lparen] = true
		}
	}
	isRead := func(in ssa.Instruction) bool {
		c, ok := in.(*ssa.Call)
		return ok && reads[c.Call.Pos()]
	}
	req := taint(h.Fn, isRead, true, reqs...)
	if m.statusGuarded(h.Fn, b, trusted(req)) {
		return true, nil
	}
	for _, r := range h.Params {
		if r.Source != "query" && r.Source != "form" || r.Call == nil {
			continue
		}
		lp := r.Call.Lparen
		t := taint(h.Fn, func(in ssa.Instruction) bool {
			c, ok := in.(*ssa.Call)
			return ok && c.Call.Pos() == lp
		}, true)
		if len(t) == 0 {
			continue
		}
		if m.statusGuarded(h.Fn, b, func(v ssa.Value) bool { return t[v] }) {
			return false, r
		}
	}
	return false, nil
}

// ProviderChecked reports whether call in h happens only after the
// payment's status was read from the provider and compared with a success
// value (or a capture/confirmation succeeded): the "fetch it back" form of
// a webhook, which trusts the provider's answer rather than the event body.
func (m *Model) ProviderChecked(h *Handler, call *ast.CallExpr) bool {
	in := m.instrOf(h.Fn, call)
	if in == nil {
		return false
	}
	t := m.statusTaint(h.Fn)
	return m.statusGuarded(h.Fn, in.Block(), func(v ssa.Value) bool { return t[v] })
}

// InTestFile reports whether h is declared in a _test.go file.
func (h *Handler) InTestFile() bool { return strings.HasSuffix(h.File, "_test.go") }
