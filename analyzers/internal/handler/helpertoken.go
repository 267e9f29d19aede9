package handler

import "golang.org/x/tools/go/ssa"

// ---- a helper that compares the callback token, for every caller ---------------
//
// Token providers (Xendit, Midtrans-style callback tokens, shared
// secrets) are often checked in a helper of another package that also
// decodes the notice: n, err := callbackauth.ReadNotice(c). The helper
// calls no verifier — the compare is the check — so it had no verifier
// summary, and a caller stopping on its error was of unknown
// verification. Summarised like a verifying helper, its verdict reaches
// every caller: verified when the compare is enforced with a secret that
// cannot be empty, fail-open when an unset variable opens it
// (emptytoken.go). Its success return is usually the decoder's error
// (return decode(c)), which is nil on success: such a pass-through is a
// success return too, judged by what dominates it.

// comparesToken: fn or its literals compare the request's token with a
// secret (tokenCompare), the check a token helper makes instead of
// calling a verifier.
func comparesToken(fn *ssa.Function) bool {
	for _, f := range allFuncs(fn) {
		for _, i := range ifs(f) {
			if _, _, found := tokenCompare(i); found {
				return true
			}
		}
	}
	return false
}

// passThroughErr: v is the error result of a call that may return nil
// (a decoder, a store), not one made by errors.New or fmt.Errorf, which
// never is, and not tested against nil: a tested error is returned on the
// failure branch (if err != nil { return err }).
func passThroughErr(v ssa.Value) bool {
	if testedNil(v) {
		return false
	}
	var c *ssa.Call
	switch x := v.(type) {
	case *ssa.Call:
		c = x
	case *ssa.Extract:
		c, _ = x.Tuple.(*ssa.Call)
	}
	if c == nil {
		return false
	}
	if o := calleeObj(c.Common()); o != nil {
		switch pkgOf(o) + "." + o.Name() {
		case "errors.New", "fmt.Errorf":
			return false
		}
	}
	return true
}

// testedNil: v is compared with nil somewhere.
func testedNil(v ssa.Value) bool {
	refs := v.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		if b, ok := r.(*ssa.BinOp); ok && (isNil(b.X) || isNil(b.Y)) {
			return true
		}
	}
	return false
}
