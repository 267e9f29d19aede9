package handler

import (
	"golang.org/x/tools/go/ssa"
)

// ---- a query-string "token" on a page a browser lands on ------------------------
//
// "token" names a provider's callback token (Xendit's X-Callback-Token, a
// posted token field) and, as often, what a buyer brings back in the
// return URL's query string: PayPal's order id (?token=…), a merchant's
// signed return token, a newsletter confirmation. On a handler that reads
// nothing posted, a query parameter named only "token" handed to a check
// does not make the handler a webhook; a header, a posted field or a
// parameter named as a signature (sign, hmac) still does.

// queryTokenReaders read a parameter of the URL's query string on a
// framework's request context (gin, echo, fiber, iris, hertz).
var queryTokenReaders = map[string]bool{"Query": true, "DefaultQuery": true, "GetQuery": true,
	"QueryParam": true, "URLParam": true, "URLParamDefault": true}

// queryTokenRead: c reads a query parameter named as a token and as
// nothing else a signature is named.
func queryTokenRead(c *ssa.CallCommon) bool {
	o := calleeObj(c)
	if o == nil || !sigRead(c) {
		return false
	}
	name, ok := "", false
	for _, a := range c.Args {
		if name, ok = constStr(a); ok {
			break
		}
	}
	ws := words(name)
	if !ok || SignatureHeader(name) || hasWord(ws, "token") == "" || hasWord(ws, sigParamWords...) != "" {
		return false
	}
	if queryTokenReaders[o.Name()] {
		return true
	}
	return o.Name() == "Get" && !c.IsInvoke() && len(c.Args) > 0 && urlQueryCall(c.Args[0])
}

// urlQueryCall: v is the result of (*url.URL).Query().
func urlQueryCall(v ssa.Value) bool {
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	o := calleeObj(call.Common())
	return o != nil && pkgOf(o) == "net/url" && o.Name() == "Query"
}

// carriesPostedSig: v is the request's signature or token, or made from
// it, other than a query-string token.
func carriesPostedSig(v ssa.Value) bool {
	return derives(v, func(x ssa.Value) bool {
		return callValue(x, func(c *ssa.CallCommon) bool { return sigRead(c) && !queryTokenRead(c) })
	}, 8)
}

// browserPage: h reads nothing posted and is not registered for writes
// only: a query token it checks is no provider's signature.
func browserPage(h *Handler) bool {
	return h.Fn != nil && !readsPosted(h.Fn) && !writesOnly(h.Routes)
}
