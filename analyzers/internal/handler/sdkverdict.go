package handler

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// SDK verifiers whose verdict is not their error alone (the payment
// model's provider tables, provider_verifier.go): official Mollie's
// webhooks.Validate answers (false, nil) when no signature is sent,
// PayPal's VerifyWebhookSignature answers VerificationStatus "FAILURE"
// with a nil error. Their error checked alone is a Partial verification;
// the verdict result compared (ok, VerificationStatus == "SUCCESS") is
// the enforced check. When the verdict result is used in a way not
// recognised here (handed to a function), the error check counts as the
// check: paylint cannot tell, and stays silent.

// sdkInfo is the provider table's entry of a verifier, nil for others.
type sdkInfo = *payment.SDKVerifier

// sdkVerifierOf: a verifier of a provider table.
func sdkVerifierOf(obj *types.Func, sig *types.Signature) (verifier, bool) {
	sv := payment.VerifierOf(obj)
	if sv == nil {
		return verifier{}, false
	}
	k := kindOfSig(sig)
	if k == 0 {
		return verifier{}, false
	}
	return verifier{kind: k, sdk: sv}, true
}

// splitVerdict: the verifier's verdict is a result other than the last.
func splitVerdict(vf verifier, tup *types.Tuple) bool {
	return vf.sdk != nil && vf.sdk.Verdict >= 0 && vf.sdk.Verdict < tup.Len()-1
}

// sdkResult is verifierResult for a split-verdict verifier: its bool
// verdict is a bool verdict; its error is a partial one unless the
// verdict result is used in a way not recognised.
func sdkResult(call *ssa.Call, idx int, vf verifier, tup *types.Tuple) (verifier, bool) {
	switch {
	case idx == vf.sdk.Verdict && vf.sdk.Field == "" && isBoolType(tup.At(idx).Type()):
		vf.kind = boolResult
		return vf, true
	case idx == tup.Len()-1:
		vf.kind = errResult
		vf.partial = !verdictUsedElsewhere(call, vf.sdk)
		return vf, true
	}
	return verifier{}, false
}

func isBoolType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// verdictUsedElsewhere: the verdict result of call flows somewhere other
// than a branch on it or a comparison of its answer field with a
// constant (or nil).
func verdictUsedElsewhere(call *ssa.Call, sv sdkInfo) bool {
	for _, r := range refs(call) {
		ex, ok := r.(*ssa.Extract)
		if !ok || ex.Index != sv.Verdict {
			continue
		}
		for _, u := range refs(ex) {
			if !verdictUse(u, sv) {
				return true
			}
		}
	}
	return false
}

// verdictUse: a use of the verdict result that the verdict rules see.
func verdictUse(u ssa.Instruction, sv sdkInfo) bool {
	switch x := u.(type) {
	case *ssa.If:
		return sv.Field == ""
	case *ssa.BinOp:
		return isNil(x.X) || isNil(x.Y) || sv.Field == "" && (constBoolOperand(x) || sv.OK != "" && constStrOperand(x))
	case *ssa.MakeInterface, *ssa.Call:
		// a string verdict handed to a logger: a record, no decision
		return sv.Field == "" && sv.OK != "" && loggedOnly(x.(ssa.Value), 0)
	case *ssa.FieldAddr:
		if sv.Field == "" || faName(x) != sv.Field {
			return false
		}
		for _, l := range refs(x) {
			load, ok := l.(*ssa.UnOp)
			if !ok || load.Op != token.MUL {
				return false
			}
			for _, c := range refs(load) {
				if b, ok := c.(*ssa.BinOp); !ok || !constStrOperand(b) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// refs: the referrers of v, without debug references.
func refs(v ssa.Value) []ssa.Instruction {
	var out []ssa.Instruction
	if v.Referrers() == nil {
		return nil
	}
	for _, r := range *v.Referrers() {
		if _, dbg := r.(*ssa.DebugRef); !dbg {
			out = append(out, r)
		}
	}
	return out
}

func constBoolOperand(b *ssa.BinOp) bool {
	_, x := constBool(b.X)
	_, y := constBool(b.Y)
	return x || y
}

func constStrOperand(b *ssa.BinOp) bool {
	_, x := constStr(b.X)
	_, y := constStr(b.Y)
	return x || y
}

// faName: the name of the field a FieldAddr selects.
func faName(fa *ssa.FieldAddr) string {
	p, ok := fa.X.Type().Underlying().(*types.Pointer)
	if !ok {
		return ""
	}
	st, ok := p.Elem().Underlying().(*types.Struct)
	if !ok || fa.Field >= st.NumFields() {
		return ""
	}
	return st.Field(fa.Field).Name()
}

// sdkFieldVerdict classifies `res.VerificationStatus == "SUCCESS"` (or
// != "FAILURE") on the result of a split-verdict verifier: the edge taken
// when the signature is valid.
func (m *Model) sdkFieldVerdict(i *ssa.If) (ok, fail edge, found bool, vf verifier) {
	b, isBin := i.Cond.(*ssa.BinOp)
	if !isBin || (b.Op != token.EQL && b.Op != token.NEQ) {
		return edge{}, edge{}, false, vf
	}
	eq := 0
	if b.Op == token.NEQ {
		eq = 1
	}
	for _, pair := range [][2]ssa.Value{{b.X, b.Y}, {b.Y, b.X}} {
		s, isStr := constStr(pair[1])
		if isStr {
			// verdict == "SUCCESS" on a verifier that returns the verdict
			// string itself (restverifier.go)
			if ex, isEx := pair[0].(*ssa.Extract); isEx {
				if call, isCall := ex.Tuple.(*ssa.Call); isCall {
					v, isV := m.verifierOf(call.Common(), i.Parent())
					if isV && v.sdk != nil && v.sdk.Field == "" && v.sdk.OK != "" && ex.Index == v.sdk.Verdict {
						switch s {
						case v.sdk.OK:
							return succ(i, eq), succ(i, 1-eq), true, v
						case v.sdk.Fail:
							return succ(i, 1-eq), succ(i, eq), true, v
						}
					}
				}
			}
		}
		load, isLoad := pair[0].(*ssa.UnOp)
		if !isStr || !isLoad || load.Op != token.MUL {
			continue
		}
		fa, isFA := load.X.(*ssa.FieldAddr)
		if !isFA {
			continue
		}
		ex, isEx := fa.X.(*ssa.Extract)
		if !isEx {
			continue
		}
		call, isCall := ex.Tuple.(*ssa.Call)
		if !isCall {
			continue
		}
		v, isV := m.verifierOf(call.Common(), i.Parent())
		if !isV || v.sdk == nil || v.sdk.Field == "" || ex.Index != v.sdk.Verdict || faName(fa) != v.sdk.Field {
			continue
		}
		switch s {
		case v.sdk.OK:
			return succ(i, eq), succ(i, 1-eq), true, v
		case v.sdk.Fail:
			return succ(i, 1-eq), succ(i, eq), true, v
		}
	}
	return edge{}, edge{}, false, vf
}

// PartialVerifier returns the split-verdict SDK verifier called in h
// (or its literals) whose error alone is checked, or else the verifier
// that passes an empty body (emptybody.go), nil if none; for the message
// of a Partial verification.
func (m *Model) PartialVerifier(h *Handler) *payment.SDKVerifier {
	var empty *payment.SDKVerifier
	for vc := range m.verifierCalls(h.Fn) {
		c, ok := vc.Call.(*ssa.Call)
		if !ok || vc.V.sdk == nil {
			continue
		}
		if tup, ok := c.Type().(*types.Tuple); ok && splitVerdict(vc.V, tup) {
			return vc.V.sdk
		}
		if vc.V.sdk.EmptyBody && empty == nil {
			empty = vc.V.sdk
		}
	}
	return empty
}

// loggedOnly: every use of v (a verdict, or a value made from it for a
// logger: an interface, a slog.Attr, a logrus entry) hands it to a
// logger (log, log/slog, zap, logrus): a record of the verdict, which
// decides nothing. At depth 0 v must have a use.
func loggedOnly(v ssa.Value, depth int) bool {
	rs := refs(v)
	if depth > 4 || depth == 0 && len(rs) == 0 {
		return false
	}
	for _, r := range rs {
		switch x := r.(type) {
		case *ssa.Call:
			if !loggerCall(x, depth) {
				return false
			}
		case *ssa.MakeInterface:
			if !loggedOnly(x, depth+1) {
				return false
			}
		case *ssa.Store:
			// an element of a variadic call's arguments: a[i] = v; f(a[:]...)
			ia, ok := x.Addr.(*ssa.IndexAddr)
			if !ok || x.Val != v {
				return false
			}
			alloc, ok := ia.X.(*ssa.Alloc)
			if !ok {
				return false
			}
			for _, u := range refs(alloc) {
				switch y := u.(type) {
				case *ssa.IndexAddr:
				case *ssa.Slice:
					if !loggedOnly(y, depth+1) {
						return false
					}
				default:
					return false
				}
			}
		default:
			return false
		}
	}
	return true
}

// loggerPkgs are logging packages: every call of theirs records, or
// builds what a later call of theirs records (slog.String, zap.String,
// logrus.WithField).
var loggerPkgs = map[string]bool{"log": true, "log/slog": true, "go.uber.org/zap": true, "github.com/sirupsen/logrus": true}

// loggerCall: call is a logging package's, and what it returns (if
// anything) is only logged too.
func loggerCall(call *ssa.Call, depth int) bool {
	o := calleeObj(call.Common())
	if o == nil || !loggerPkgs[pkgOf(o)] {
		return false
	}
	if call.Common().Signature().Results().Len() == 0 {
		return true
	}
	return len(refs(call)) == 0 || loggedOnly(call, depth+1)
}
