package handler

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// ---- a callback token compared with a secret that may be empty ----------------
//
// Xendit-style providers sign nothing: they send a shared token in a
// header, and the check is `header != os.Getenv("…")`. When the variable
// is unset and the request carries no header, "" == "" and the check
// passes: it fails open exactly like `if secret == "" { skip }`, only
// without saying so. subtle.ConstantTimeCompare of the two byte slices
// is no better (two empty slices compare equal). The compare fails open
// only when the secret is read from the environment in sight (directly,
// or through a field of this package every store of which is an
// os.Getenv) and nothing anywhere checks it, or the header, for
// emptiness. A secret from a configuration loader, a constructor
// parameter or a constant, and an HMAC computed under the secret (not
// empty even under an empty key), stay as they were: verified.

// emptyCompare: i, a check verifiedAtKnown recognised (a token
// compare, subtle.ConstantTimeCompare), tests the request's token for
// equality with a secret that may be empty.
func (m *Model) emptyCompare(i *ssa.If) bool {
	x, y, _, isCmp := constantTimeComparison(i.Cond) // before comparison: `!= 1` is one too
	if !isCmp {
		x, y, _, isCmp = comparison(i.Cond)
	}
	return isCmp && m.emptyPair(i, x, y)
}

// emptyPair: one of x, y is the request's signature or callback
// token, the other a secret that may be empty, and no emptiness check of
// the request's token is in fn. An API key or password header (credRead)
// is left out for now: sharedsecret's apiKeyEnforced keeps such a compare
// with os.Getenv as verified, and changing that is not this step's call.
func (m *Model) emptyPair(i *ssa.If, x, y ssa.Value) bool {
	for _, pair := range [][2]ssa.Value{{x, y}, {y, x}} {
		req, sec := pair[0], pair[1]
		if !carriesSig(req) {
			continue
		}
		return !tokenChecked(i.Parent()) && m.mayBeEmpty(sec)
	}
	return false
}

// tokenChecked: fn (or a literal of it) tests the request's token for
// emptiness somewhere; a present token is then required.
func tokenChecked(fn *ssa.Function) bool {
	for _, f := range allFuncs(fn) {
		for _, i := range ifs(f) {
			if _, found := emptyCheck(i); !found {
				continue
			}
			b := i.Cond.(*ssa.BinOp)
			if carriesSig(b.X) || carriesSig(b.Y) || carriesCred(b.X) || carriesCred(b.Y) {
				return true
			}
		}
	}
	return false
}

// mayBeEmpty: sec (up to conversions) is os.Getenv(k), or a field of
// this package that only ever holds os.Getenv values, and neither the
// variable nor the field is tested for emptiness anywhere in the package.
func (m *Model) mayBeEmpty(sec ssa.Value) bool {
	switch v := strip(sec).(type) {
	case *ssa.Call:
		k, ok := getenvKey(v)
		return ok && !m.envChecked(k)
	case *ssa.UnOp:
		if fa, ok := v.X.(*ssa.FieldAddr); ok && v.Op == token.MUL {
			f, _ := fieldOf(fa.X.Type(), fa.Field)
			return m.envField(f)
		}
	case *ssa.Field:
		f, _ := fieldOf(v.X.Type(), v.Field)
		return m.envField(f)
	}
	return false
}

// getenvKey: c is os.Getenv of a constant name.
func getenvKey(c *ssa.Call) (string, bool) {
	o := calleeObj(c.Common())
	if o == nil || pkgOf(o) != "os" || o.Name() != "Getenv" || len(c.Call.Args) != 1 {
		return "", false
	}
	return constStr(c.Call.Args[0])
}

// envChecked: some function of this package reads variable k with
// os.LookupEnv, or tests os.Getenv(k) for emptiness (a main refusing to
// start without it).
func (m *Model) envChecked(k string) bool {
	for _, fn := range m.fnOf {
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				switch x := in.(type) {
				case *ssa.Call:
					if o := calleeObj(x.Common()); o != nil && pkgOf(o) == "os" && o.Name() == "LookupEnv" {
						return true // a presence test: not a plain read
					}
				case *ssa.If:
					if _, found := emptyCheck(x); !found {
						continue
					}
					bin := x.Cond.(*ssa.BinOp)
					for _, v := range []ssa.Value{bin.X, bin.Y} {
						if lc, ok := v.(*ssa.Call); ok && len(lc.Call.Args) == 1 {
							if bi, ok := lc.Call.Value.(*ssa.Builtin); ok && bi.Name() == "len" {
								v = lc.Call.Args[0] // len(os.Getenv(k))
							}
						}
						if c, ok := strip(v).(*ssa.Call); ok {
							if n, ok := getenvKey(c); ok && n == k {
								return true
							}
						}
					}
				}
			}
		}
	}
	return false
}

// envField: f is a field of a struct of this package (unexported, or
// of package main, which no one imports), stored at least once, every
// store an os.Getenv not checked for emptiness, and no emptiness check of
// the field anywhere in the package.
func (m *Model) envField(f *types.Var) bool {
	if f == nil || f.Pkg() != m.pass.Pkg || f.Exported() && m.pass.Pkg.Name() != "main" {
		return false
	}
	stores := 0
	for _, fn := range m.fnOf {
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				switch x := in.(type) {
				case *ssa.If:
					if cf, _ := checkedField(x); cf == f {
						return false
					}
				case *ssa.Store:
					if storedField(x.Addr) != f {
						continue
					}
					c, ok := strip(x.Val).(*ssa.Call)
					if !ok {
						return false
					}
					k, ok := getenvKey(c)
					if !ok || m.envChecked(k) || m.provenNonEmpty(x.Val, b, 0) {
						return false
					}
					stores++
				}
			}
		}
	}
	return stores > 0
}
