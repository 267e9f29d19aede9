package handler

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// ---- a signature that is a digest of the body's fields and the key, compared ----------
//
// Midtrans signs a notification with signature_key = SHA512(order_id +
// status_code + gross_amount + server key), carried in the body itself,
// and shops check it with a helper returning a plain comparison:
//
//	func (h *Hook) signatureOK(n notification) bool {
//		sum := sha512.Sum512([]byte(n.OrderID + n.StatusCode + n.GrossAmount + h.serverKey))
//		return hex.EncodeToString(sum[:]) == n.SignatureKey
//	}
//
// summarizeVerifier knew bool verifiers that call one (hmac.Equal) or
// return constants after one; such a helper returns a comparison, "a bool
// computed some other way", and was no verifier, so the handler's check
// was not seen at all (nor its fail-open guard, serverKey != "").
//
// A method answering only a bool is a verifier when every return is such
// a comparison: one side an encoding (or the bytes) of a digest made by
// crypto/sha1, sha256, sha512, md5 or hmac whose input holds a field of
// the receiver (the key the shop keeps), the other side a value of a
// parameter (what the request brought). Its callers' checks are then
// judged as any verifier's: fail-open behind an emptiness test of the
// key, skipped behind a flag.
//
// Precision: only methods (the key is the receiver's), only a bool
// answer, and nothing but such comparisons returned; a digest of the key
// alone compared with a constant, or a checksum of a file, is none.

// hashVerifier: fn is such a digest comparison.
func (m *Model) hashVerifier(fn *ssa.Function) *VerifierFact {
	if fn.Signature.Recv() == nil || fn.Signature.Results().Len() != 1 || kindOfSig(fn.Signature) != boolResult ||
		len(fn.Params) < 2 {
		return nil
	}
	recv := fn.Params[0]
	rets := returns(fn)
	if len(rets) == 0 {
		return nil
	}
	for _, r := range rets {
		if len(r.Results) != 1 {
			return nil
		}
		b, ok := r.Results[0].(*ssa.BinOp)
		if !ok || b.Op != token.EQL {
			return nil
		}
		if !(c15hKeyedDigest(b.X, recv) && fromParams(b.Y, fn.Params[1:]) ||
			c15hKeyedDigest(b.Y, recv) && fromParams(b.X, fn.Params[1:])) {
			return nil
		}
	}
	return &VerifierFact{Bool: true}
}

// c15hKeyedDigest: v is derived (within a few steps) from a digest call
// whose input holds a field of recv.
func c15hKeyedDigest(v ssa.Value, recv ssa.Value) bool {
	found := false
	c15hWalk(v, 8, map[ssa.Value]bool{}, func(x ssa.Value) bool {
		c, ok := x.(*ssa.Call)
		if !ok || found {
			return !found
		}
		if o := calleeObj(c.Common()); o != nil && o.Pkg() != nil && digestPkg(o.Pkg().Path()) {
			for _, a := range c.Call.Args {
				if c15hReaches(a, recv) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

func digestPkg(p string) bool {
	switch p {
	case "crypto/sha1", "crypto/sha256", "crypto/sha512", "crypto/md5", "crypto/hmac":
		return true
	}
	return false
}

// fromParams: v is derived from one of params (not a constant).
func fromParams(v ssa.Value, params []*ssa.Parameter) bool {
	if _, ok := v.(*ssa.Const); ok {
		return false
	}
	for _, p := range params {
		if c15hReaches(v, p) {
			return true
		}
	}
	return false
}

// c15hReaches: v is derived (within a few steps) from target.
func c15hReaches(v, target ssa.Value) bool {
	found := false
	c15hWalk(v, 8, map[ssa.Value]bool{}, func(x ssa.Value) bool {
		if x == target {
			found = true
		}
		return !found
	})
	return found
}

// c15hWalk visits v and the values it is computed from, depth steps
// back; visit returns false to stop.
func c15hWalk(v ssa.Value, depth int, seen map[ssa.Value]bool, visit func(ssa.Value) bool) bool {
	if v == nil || seen[v] || depth < 0 {
		return true
	}
	seen[v] = true
	if !visit(v) {
		return false
	}
	in, ok := v.(ssa.Instruction)
	if !ok {
		return true
	}
	if c, ok := v.(*ssa.Call); ok && c.Call.IsInvoke() {
		return true
	}
	var ops []*ssa.Value
	ops = in.Operands(ops)
	for _, op := range ops {
		if op == nil || *op == nil {
			continue
		}
		if _, isFn := (*op).(*ssa.Function); isFn {
			continue
		}
		if !c15hWalk(*op, depth-1, seen, visit) {
			return false
		}
	}
	// a local array the digest was stored into: sum[:] reads what was stored
	if a, ok := v.(*ssa.Alloc); ok {
		for _, ref := range *a.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == a {
				if !c15hWalk(st.Val, depth-1, seen, visit) {
					return false
				}
			}
		}
	}
	return true
}
