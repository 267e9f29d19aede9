package handler

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// ---- a check skipped when the request sends no signature header ------------
//
// FailOpen covers two mistakes the rule used to word alike: a verifier
// that passes when the secret is empty, and a handler that calls its
// verifier only when the request carries the signature header:
//
//	if sig := string(ctx.GetHeader("X-IPS-Signature")); sig != "" {
//		if err := kit.VerifyIPS(body, sig, h.key); err != nil { … 401 … }
//	}
//
// The second needs no misconfiguration: a forger simply leaves the header
// out. The rule names it so (the middleware form is absenttoken.go).

// HeaderSkip: h's verifier calls run only when a request header is
// non-empty (every emptiness test guarding them tests a header read), and
// no verifier of h passes on an empty secret; it returns the header's
// name. The rule asks it of a FailOpen verdict.
func (m *Model) HeaderSkip(h *Handler) (string, bool) {
	fn := h.Fn
	if fn == nil {
		return "", false
	}
	var callBlocks []*ssa.BasicBlock
	for vc := range m.verifierCalls(fn) {
		if vc.V.failOpen || vc.In != fn {
			return "", false // the secret's emptiness, or a check out of sight
		}
		callBlocks = append(callBlocks, vc.Block)
	}
	header := ""
	for i := range emptyChecksOver(fn, callBlocks) {
		name, ok := headerTested(i)
		if !ok {
			return "", false // the secret, or a value not from a header
		}
		header = name
	}
	return header, header != ""
}

// headerTested: the emptiness test i compares a request header's value
// (r.Header.Get, c.GetHeader, c.Get, c.Request().Header.Get; its len) with
// "" or 0; the header's name.
func headerTested(i *ssa.If) (string, bool) {
	b, ok := i.Cond.(*ssa.BinOp)
	if !ok || b.Op != token.EQL && b.Op != token.NEQ && b.Op != token.GTR {
		return "", false
	}
	for _, x := range []ssa.Value{b.X, b.Y} {
		if c, ok := x.(*ssa.Call); ok {
			if bi, ok := c.Call.Value.(*ssa.Builtin); ok && bi.Name() == "len" && len(c.Call.Args) == 1 {
				x = c.Call.Args[0]
			}
		}
		if name, ok := headerRead(strip(x)); ok {
			return name, true
		}
	}
	return "", false
}

// headerRead: v is a call reading a request header by a constant name.
func headerRead(v ssa.Value) (string, bool) {
	c, ok := v.(*ssa.Call)
	if !ok {
		return "", false
	}
	o := calleeObj(c.Common())
	if o == nil {
		return "", false
	}
	switch o.Name() {
	case "Get", "GetHeader", "Header":
	default:
		return "", false
	}
	args := c.Call.Args
	if c.Call.IsInvoke() || len(args) == 0 {
		return "", false
	}
	for _, a := range args {
		if s, ok := constStr(a); ok && s != "" && SignatureHeader(s) {
			return s, true
		}
	}
	return "", false
}
