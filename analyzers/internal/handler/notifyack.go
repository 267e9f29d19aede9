package handler

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// ---- a notification sent as a GET, known by the acknowledgement it answers ---
//
// Most providers notify by POSTing a body, and a GET that reads only the
// query is the page a browser comes back to (cls_landing.go). Some
// gateways notify by GET: Epay (易支付) and its many clones call the
// merchant's notify_url with the trade in the query string
// (?out_trade_no=…&trade_status=TRADE_SUCCESS&money=…&sign=…), and, like
// Alipay and WeChat Pay for their POSTs, send the same notification again
// until the answer's body is the bare word "success". What tells such a
// handler from a landing page is whom it answers: a browser is redirected
// or shown a page (HTML, a template, JSON for a single-page app), a
// gateway is answered with its acknowledgement word, which no buyer is
// ever shown as a page.
//
//	c.String(http.StatusOK, "success")        // gin
//	return c.String(http.StatusOK, "success") // echo
//	w.Write([]byte("success"))                // net/http
//	io.WriteString(w, "success")
//
// A handler that answers the acknowledgement word on some path and never
// redirects nor renders a page is a server-to-server notification,
// whatever its method and wherever it reads its parameters from.
// Precision: only the exact bodies "success" and "ok" (any case) count;
// a sentence ("payment success"), a formatted body or JSON does not, and
// one redirect or rendered page anywhere in the handler makes it a page.

// ackWords are the bodies a notifying gateway waits for.
var ackWords = map[string]bool{"success": true, "ok": true}

// pageMethods render a page or send the browser elsewhere.
var pageMethods = map[string]bool{"Redirect": true, "HTML": true, "Render": true, "ExecuteTemplate": true,
	"Execute": true, "File": true, "Inline": true, "Attachment": true, "SendFile": true}

// acksNotifier reports whether fn (or a literal in it) answers a gateway's
// acknowledgement word and never a page (see above).
func acksNotifier(fn *ssa.Function) bool {
	if fn == nil {
		return false
	}
	acked := false
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				c, o := instrCallee(in)
				if o == nil {
					continue
				}
				p := pkgOf(o)
				switch {
				case pageMethods[o.Name()] && (webPkg(p) || p == "html/template" || p == "text/template"):
					return false
				case webPkg(p) && ackMethod(o.Name()) && ackArg(c.Common().Args):
					acked = true
				case p == "io" && o.Name() == "WriteString" && len(c.Common().Args) == 2 &&
					responseWriter(c.Common().Args[0].Type()) && ackArg(c.Common().Args[1:]):
					acked = true
				}
			}
		}
	}
	return acked
}

// instrCallee: in is a call and the function or method it statically
// calls (or the interface method it invokes); nil otherwise.
func instrCallee(in ssa.Instruction) (ssa.CallInstruction, *types.Func) {
	c, ok := in.(ssa.CallInstruction)
	if !ok {
		return nil, nil
	}
	o := calleeObj(c.Common())
	if o == nil {
		return nil, nil
	}
	return c, o
}

// webPkg: net/http or a web framework whose answers paylint reads.
func webPkg(p string) bool {
	return p == "net/http" || contains(ginPkgs, p) || contains(echoPkgs, p) || contains(fiberPkgs, p)
}

// ackMethod: an answer call that writes a body the caller names.
func ackMethod(n string) bool {
	switch n {
	case "Write", "WriteString", "String", "SendString", "Send", "Data", "Blob":
		return true
	}
	return false
}

// ackArg: one of args is the constant acknowledgement word.
func ackArg(args []ssa.Value) bool {
	for _, a := range args {
		if s, ok := constStr(a); ok && ackWords[norm(s)] {
			return true
		}
	}
	return false
}

// responseWriter: t is net/http's ResponseWriter (or a framework's
// wrapper of it: gin's ResponseWriter).
func responseWriter(t types.Type) bool {
	return namedIs(t, httpPkgs, "ResponseWriter") || namedIs(t, ginPkgs, "ResponseWriter")
}
