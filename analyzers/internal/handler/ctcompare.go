package handler

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// ---- a shared secret compared in constant time --------------------------------
//
// Flutterwave's verif-hash (and any dashboard secret a provider sends as
// is) is checked by comparing the header with the configured secret. Done
// in constant time it reads
//
//	if subtle.ConstantTimeCompare([]byte(secret), []byte(hdr)) != 1 { 401 }
//
// whose condition is itself an == / != of a call and a constant: taken as
// the compare, the two operands were the call and 1, neither of them the
// header nor the secret, so an enforced check was read as no check at all
// (while `secret != hdr` was recognised). s23Comparison looks through the
// verdict first: subtle.ConstantTimeCompare compared with 1 or 0 (either
// order, either operator), hmac.Equal(a, b), and the negation of any of
// them, then falls back to the plain comparison. The operands are the
// values compared; credCompare follows conversions ([]byte(x), string(b))
// from them itself. A compare whose verdict is ignored has no If and
// stays what it was.

// s23Comparison: cond tests a and b for equality; eq is the successor
// taken when they are equal.
func s23Comparison(cond ssa.Value) (a, b ssa.Value, eq int, ok bool) {
	if a, b, eq, ok := constantTimeComparison(cond); ok {
		return a, b, eq, true
	}
	switch x := cond.(type) {
	case *ssa.UnOp:
		if x.Op == token.NOT {
			if a, b, eq, ok := s23Comparison(x.X); ok {
				return a, b, 1 - eq, true
			}
		}
	case *ssa.Call:
		if o := calleeObj(x.Common()); o != nil && pkgOf(o) == "crypto/hmac" && o.Name() == "Equal" && len(x.Call.Args) == 2 {
			return x.Call.Args[0], x.Call.Args[1], 0, true
		}
	}
	return comparison(cond)
}
