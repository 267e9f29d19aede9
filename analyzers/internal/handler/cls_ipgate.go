package handler

import (
	"strings"

	"golang.org/x/tools/go/ssa"
)

// clientIPGate: an If on the caller's address (an allow list of the
// provider's IPs, as YooKassa documents), read from RemoteAddr, ClientIP,
// RealIP or X-Forwarded-For.
func clientIPGate(i *ssa.If) bool {
	return derivesVia(i.Cond, func(x ssa.Value) bool {
		switch y := x.(type) {
		case *ssa.Call:
			o := calleeObj(y.Common())
			if o == nil {
				return false
			}
			switch o.Name() {
			case "ClientIP", "RealIP", "RemoteIP", "RemoteAddr", "IP":
				return true
			}
			for _, a := range y.Call.Args {
				if s, ok := constStr(a); ok && strings.EqualFold(s, "X-Forwarded-For") || strings.EqualFold(s, "X-Real-IP") {
					return true
				}
			}
		case *ssa.FieldAddr:
			return fieldName(y.X.Type(), y.Field) == "RemoteAddr"
		}
		return false
	}, 8, anyCall)
}

// anyCall: a gate's condition may be computed by any function (allowed(ip),
// guard.Allow(sig)).
func anyCall(*ssa.CallCommon) bool { return true }
