package handler

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Square's Webhooks.VerifySignature (square-go-sdk v1.5.0) returns nil
// at once when the RequestBody it is handed is "", before it looks at
// the signature header, the key or the URL. Its error checked is then a
// check of nothing for an empty body: a forged request with no body (or a
// handler that drained r.Body before reading it for the check) passes,
// and what the handler acts on comes from elsewhere (the query, the URL)
// or is a zero event. The handler is safe when something on every path
// to the effect requires a body:
//
//   - a comparison of the verified body's length (len(body) == 0,
//     body == "", r.ContentLength) that the effect is reached through;
//   - a decode (a callee named for decode, unmarshal or bind) or a call
//     handed the verified body, whose error the effect is reached
//     through: an empty body fails to decode.
//
// When the body handed to the verifier is not seen being made in the
// handler (a parameter, a request built elsewhere), paylint cannot tell
// and stays silent.

// emptyBodyOpen reports whether the effect at b in fn is verified only by
// an error check of a verifier that passes an empty body
// (SDKVerifier.EmptyBody), with nothing on the way that requires a body.
func (m *Model) emptyBodyOpen(fn *ssa.Function, b *ssa.BasicBlock) bool {
	if fn == nil || b == nil {
		return false
	}
	var open, others []edge
	var bodies map[ssa.Value]bool
	var verifierCalls []*ssa.Call
	for _, i := range ifs(fn) {
		ok, _, found, fo, vf := m.verdict(i)
		if !found || fo || vf.partial {
			continue
		}
		call := emptyBodyCall(i, vf)
		if call == nil {
			others = append(others, ok)
			continue
		}
		bs := verifiedBodies(call)
		if bs == nil {
			return false // the body is not seen: cannot tell
		}
		if bodies == nil {
			bodies = map[ssa.Value]bool{}
		}
		for v := range bs {
			bodies[v] = true
		}
		open = append(open, ok)
		verifierCalls = append(verifierCalls, call)
	}
	if len(open) == 0 || guardedBy(fn, others, b) || !guardedBy(fn, open, b) {
		return false
	}
	for _, i := range ifs(fn) {
		if gates(fn, i, b) && requiresBody(i, bodies, verifierCalls) {
			return false
		}
	}
	return true
}

// emptyBodyCall: the verifier call whose error i checks against nil, when
// it is an EmptyBody verifier.
func emptyBodyCall(i *ssa.If, vf verifier) *ssa.Call {
	if vf.sdk == nil || !vf.sdk.EmptyBody || vf.kind != errResult {
		return nil
	}
	bin, ok := i.Cond.(*ssa.BinOp)
	if !ok {
		return nil
	}
	for _, v := range []ssa.Value{bin.X, bin.Y} {
		if c, ok := strip(v).(*ssa.Call); ok {
			return c
		}
	}
	return nil
}

// verifiedBodies: the values stored into the RequestBody field of the
// request handed to call (string(body), and body), nil when the request
// or the body comes from elsewhere.
func verifiedBodies(call *ssa.Call) map[ssa.Value]bool {
	out := map[ssa.Value]bool{}
	for _, a := range call.Call.Args {
		alloc, ok := strip(a).(*ssa.Alloc)
		if !ok {
			continue
		}
		for _, r := range refs(alloc) {
			fa, ok := r.(*ssa.FieldAddr)
			if !ok || faName(fa) != "RequestBody" {
				continue
			}
			for _, s := range refs(fa) {
				st, ok := s.(*ssa.Store)
				if !ok || st.Addr != fa {
					continue
				}
				switch strip(st.Val).(type) {
				case *ssa.Parameter, *ssa.FreeVar, *ssa.Global:
					return nil // handed in: the caller may have checked it
				}
				out[st.Val], out[strip(st.Val)] = true, true
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// gates: every path from fn's entry to b takes one given edge of i.
func gates(fn *ssa.Function, i *ssa.If, b *ssa.BasicBlock) bool {
	return guardedBy(fn, []edge{succ(i, 0)}, b) || guardedBy(fn, []edge{succ(i, 1)}, b)
}

// requiresBody: i tests the body's length, or the error of a decode or of
// a call handed the body (not the verifier's own).
func requiresBody(i *ssa.If, bodies map[ssa.Value]bool, verifiers []*ssa.Call) bool {
	bin, ok := i.Cond.(*ssa.BinOp)
	if !ok {
		return false
	}
	for _, v := range []ssa.Value{bin.X, bin.Y} {
		if lengthOf(v, bodies) {
			return true
		}
	}
	if bin.Op != token.EQL && bin.Op != token.NEQ {
		return false
	}
	for _, v := range []ssa.Value{bin.X, bin.Y} {
		if c := errorOf(v); c != nil && !isOneOf(c, verifiers) && decodesBody(c, bodies) {
			return true
		}
	}
	return false
}

// lengthOf: len(body), body itself (compared with ""), or a request's
// ContentLength.
func lengthOf(v ssa.Value, bodies map[ssa.Value]bool) bool {
	switch x := strip(v).(type) {
	case *ssa.Call:
		if bi, ok := x.Call.Value.(*ssa.Builtin); ok && bi.Name() == "len" && len(x.Call.Args) == 1 {
			return bodies[x.Call.Args[0]] || bodies[strip(x.Call.Args[0])]
		}
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL && faName(fa) == "ContentLength" {
			return requestType(fa.X.Type())
		}
	}
	return bodies[v] || bodies[strip(v)]
}

// errorOf: the call whose error result v is.
func errorOf(v ssa.Value) *ssa.Call {
	switch x := strip(v).(type) {
	case *ssa.Extract:
		c, ok := x.Tuple.(*ssa.Call)
		if ok && x.Index == x.Tuple.Type().(*types.Tuple).Len()-1 {
			return c
		}
	case *ssa.Call:
		return x
	}
	return nil
}

func isOneOf(c *ssa.Call, cs []*ssa.Call) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// decodesBody: a decoder (json.Unmarshal, Decoder.Decode, gin's
// ShouldBindJSON: an empty body is an error to them), or a call handed
// the body (parseEvent(body)); reading the body (io.ReadAll) is neither.
func decodesBody(c *ssa.Call, bodies map[ssa.Value]bool) bool {
	o := calleeObj(c.Common())
	if o != nil && o.Pkg() != nil {
		switch o.Pkg().Path() {
		case "io", "io/ioutil", "bufio":
			return false
		}
		if hasWord(sharedWords(o.Name()), "decode", "unmarshal", "bind") != "" {
			return true
		}
	}
	for _, a := range c.Call.Args {
		if bodies[a] || bodies[strip(a)] {
			return true
		}
	}
	return false
}
