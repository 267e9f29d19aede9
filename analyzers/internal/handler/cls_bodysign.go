package handler

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// ---- a signature posted in the body --------------------------------------------
//
// WeChat Pay v2, many Asian and Latin American gateways and in-house
// partners post the signature inside the notification (<sign>…</sign>,
// "signature": "…") and have the merchant recompute it over the other
// fields with the shared key. Comparing the decoded sign field with such a
// keyed digest (n.Sign != sign(params, key)) is the verification. A digest
// computed without a key, or a presence check, is not.

// sigFieldWords end the name of a field or map key holding a posted
// signature (Sign, PaySign, Signature, hmac; not SignType).
var sigFieldWords = []string{"sign", "signature", "sig", "hmac", "mac", "digest"}

func sigFieldName(n string) bool {
	ws := words(n)
	return len(ws) > 0 && hasWord(ws[len(ws)-1:], sigFieldWords...) != ""
}

// sigField: v is read from a struct field or a map entry named as a
// signature (n.Sign, ev.Signature, params["sign"]).
func sigField(v ssa.Value) bool {
	return derives(v, func(x ssa.Value) bool {
		switch y := x.(type) {
		case *ssa.FieldAddr:
			return sigFieldName(fieldName(y.X.Type(), y.Field))
		case *ssa.Field:
			return sigFieldName(fieldName(y.X.Type(), y.Field))
		case *ssa.Lookup:
			s, ok := constStr(y.Index)
			return ok && sigFieldName(s)
		}
		return false
	}, 6)
}

// keyedDigest: v is computed by a call handed a key or secret (sign(params,
// key), md5.Sum(fields+key)), possibly re-encoded (hex, upper case).
func keyedDigest(v ssa.Value) bool {
	return derives(v, func(x ssa.Value) bool {
		c, ok := x.(*ssa.Call)
		if !ok {
			return false
		}
		if _, builtin := c.Call.Value.(*ssa.Builtin); builtin {
			return false
		}
		return anyArg(c.Common(), carriesSecret)
	}, 8)
}

// postedSig: x is the request's signature (a header or parameter), or a
// posted sign field compared with a keyed digest y.
func postedSig(x, y ssa.Value) bool {
	return carriesSig(x) || sigField(x) && keyedDigest(y)
}

// comparison returns the operands of an equality test (a == b, a != b,
// strings.EqualFold(a, b), bytes.Equal(a, b)) and the successor taken
// when they are equal.
func comparison(cond ssa.Value) (a, b ssa.Value, eq int, ok bool) {
	switch x := cond.(type) {
	case *ssa.BinOp:
		switch x.Op {
		case token.EQL:
			return x.X, x.Y, 0, true
		case token.NEQ:
			return x.X, x.Y, 1, true
		}
	case *ssa.UnOp:
		if x.Op == token.NOT {
			if a, b, eq, ok := comparison(x.X); ok {
				return a, b, 1 - eq, true
			}
		}
	case *ssa.Call:
		o := calleeObj(x.Common())
		if o != nil && len(x.Call.Args) == 2 && (pkgOf(o) == "strings" && o.Name() == "EqualFold" ||
			pkgOf(o) == "bytes" && o.Name() == "Equal") {
			return x.Call.Args[0], x.Call.Args[1], 0, true
		}
	}
	return nil, nil, 0, false
}
