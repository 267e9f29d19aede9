package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// Single-endpoint gateways (Alipay's open API and its look-alikes) take
// every call as a form POST to one URL (https://openapi.alipay.com/
// gateway.do); what the call does is the form's "method" field:
// method=alipay.trade.pay charges, alipay.trade.refund refunds,
// alipay.trade.query reads. The path names no resource, so the method
// field classifies the POST. The provider dedupes on out_trade_no /
// out_request_no / out_biz_no (referenceFields, realkeys.go), which the
// form-key search finds as for any form.

// formMethodWrites are the gateway methods that move money; create: the
// call makes a new trade (or transfer) rather than acting on one.
var formMethodWrites = map[string]bool{
	"alipay.trade.pay":          true,
	"alipay.trade.precreate":    true,
	"alipay.trade.create":       true,
	"alipay.trade.refund":       false,
	"alipay.trade.order.settle": false,
	// A transfer to an Alipay account; it dedupes on out_biz_no (a
	// reference field, realkeys.go).
	"alipay.fund.trans.uni.transfer": true,
}

// formMethodField names the form field that carries the gateway method.
const formMethodField = "method"

// formMethodKind classifies a POST by the gateway method its form body
// carries: Write (and Create for a new trade), with the method as its
// description; 0 when the body has no such field or names another
// method (alipay.trade.query, flickr.photos.search).
func (ix *index) formMethodKind(s *httpSend) (Kind, string) {
	if s.Method != "POST" {
		return 0, ""
	}
	for _, e := range append(append([]ast.Expr{}, s.Forms...), s.Bodies...) {
		m, ok := ix.formField(e, nil, 0)
		if !ok {
			m, ok = ix.templateFormMethod(s, e)
		}
		if !ok {
			continue
		}
		if formMethodReads[m] {
			return StatusRead, m
		}
		create, known := formMethodWrites[m]
		if !known {
			return 0, ""
		}
		if create {
			return Write | Create, m
		}
		return Write, m
	}
	return 0, ""
}

// formMethodReads are the gateway methods that read one trade's state
// (by its out_trade_no or trade_no): a loop over them polls the trade.
var formMethodReads = map[string]bool{
	"alipay.trade.query": true,
}

// formField returns the constant value of the method field of the form
// e (url.Values), following form.Encode(), strings.NewReader, local
// variables and local functions that build and return the form; args
// binds the parameters of the function e lies in when it was reached
// through a call (tradeForm("alipay.trade.pay", o)).
func (ix *index) formField(e ast.Expr, args map[*types.Var]ast.Expr, depth int) (string, bool) {
	v, ok := ix.formFieldExpr(e, args, depth)
	if !ok {
		return "", false
	}
	m, ok := ix.stringConst(v)
	return strings.TrimSpace(m), ok
}

// formFieldExpr is formField's search: the expression the method field
// is given (a parameter of the function e lies in is replaced by what
// args binds it to), whether constant or not.
func (ix *index) formFieldExpr(e ast.Expr, args map[*types.Var]ast.Expr, depth int) (ast.Expr, bool) {
	if e == nil || depth > maxEvalDepth {
		return nil, false
	}
	e = stripAddr(e)
	switch x := e.(type) {
	case *ast.CallExpr:
		if tv, ok := ix.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return ix.formFieldExpr(x.Args[0], args, depth+1)
		}
		fn := calleeOf(ix.info, x)
		switch {
		case fn == nil:
			return nil, false
		case isFunc(fn, "strings", "NewReader"), isFunc(fn, "bytes", "NewBufferString"):
			if len(x.Args) == 1 {
				return ix.formFieldExpr(x.Args[0], args, depth+1)
			}
		case isMethod(fn, "net/url", "Values", "Encode"):
			if sel, ok := unparen(x.Fun).(*ast.SelectorExpr); ok {
				return ix.formFieldExpr(sel.X, args, depth+1)
			}
		default:
			return ix.formFromCall(x, fn, args, depth)
		}
	case *ast.CompositeLit:
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if k, ok := ix.stringConst(kv.Key); ok && k == formMethodField {
					return ix.bound(firstElem(kv.Value), args), true
				}
			}
		}
	case *ast.Ident:
		return ix.formVar(x, args, depth)
	}
	return nil, false
}

// formVar: the method field of a form variable: set by v.Set/v.Add,
// v["method"] = …, or in the value assigned to it.
func (ix *index) formVar(id *ast.Ident, args map[*types.Var]ast.Expr, depth int) (ast.Expr, bool) {
	v := ix.identVar(id)
	if v == nil || !isNamed(v.Type(), "net/url", "Values") {
		return nil, false
	}
	if a, ok := args[v]; ok {
		return ix.formFieldExpr(a, nil, depth+1)
	}
	for _, c := range ix.recvCalls[v] {
		fn := calleeOf(ix.info, c)
		if (isMethod(fn, "net/url", "Values", "Set") || isMethod(fn, "net/url", "Values", "Add")) && len(c.Args) == 2 {
			if k, ok := ix.stringConst(c.Args[0]); ok && k == formMethodField {
				return ix.bound(c.Args[1], args), true
			}
		}
	}
	for _, as := range ix.fieldAssigns[v] {
		for i, lhs := range as.Lhs {
			if ie, ok := unparen(lhs).(*ast.IndexExpr); ok && ix.identVar(ie.X) == v && i < len(as.Rhs) {
				if k, ok := ix.stringConst(ie.Index); ok && k == formMethodField {
					return ix.bound(firstElem(as.Rhs[i]), args), true
				}
			}
		}
	}
	for _, a := range ix.assigns[v] {
		if a.Index < 0 {
			if m, ok := ix.formFieldExpr(a.RHS, args, depth+1); ok {
				return m, true
			}
		}
	}
	return nil, false
}

// formFromCall: a local function that returns a form; its parameters
// bound to the call's arguments.
func (ix *index) formFromCall(call *ast.CallExpr, fn *types.Func, outer map[*types.Var]ast.Expr, depth int) (ast.Expr, bool) {
	fd := ix.declOf[fn]
	if fd == nil || fd.Body == nil {
		return nil, false
	}
	args := map[*types.Var]ast.Expr{}
	for v, ref := range ix.paramOf {
		if ref.Decl == fd && ref.Index < len(call.Args) {
			a := call.Args[ref.Index]
			if id, ok := unparen(a).(*ast.Ident); ok {
				if bound, ok := outer[ix.identVar(id)]; ok {
					a = bound // a parameter passed on
				}
			}
			args[v] = a
		}
	}
	var m ast.Expr
	var found bool
	firstResults(fd.Body, func(r ast.Expr) bool {
		m, found = ix.formFieldExpr(r, args, depth+1)
		return found
	})
	return m, found
}

// bound: e, or what args binds it to when it is a parameter.
func (ix *index) bound(e ast.Expr, args map[*types.Var]ast.Expr) ast.Expr {
	if v := ix.identVar(e); v != nil {
		if a, ok := args[v]; ok {
			return a
		}
	}
	return e
}

// formMethodParam: the parameter of decl that a form body e (of a send
// in decl) takes its method field from, -1 if none. A generic gateway
// wrapper, func (c *Client) call(ctx, method string, biz any, out any),
// then does what its call site's method says (SendFact.FormMethodParam).
func (ix *index) formMethodParam(e ast.Expr, decl *ast.FuncDecl) int {
	v, ok := ix.formFieldExpr(e, nil, 0)
	if !ok {
		return -1
	}
	return ix.paramIndexIn(v, decl)
}

// templateFormMethod: a string constant among the forms of a send is the
// gateway method a call site handed to a wrapper's FormMethodParam
// (expandRequest puts it there): a form sent by PostForm is never a
// string.
func (ix *index) templateFormMethod(s *httpSend, e ast.Expr) (string, bool) {
	if s.Via == nil {
		return "", false
	}
	for _, f := range s.Forms {
		if f == e {
			m, ok := ix.stringConst(e)
			return strings.TrimSpace(m), ok
		}
	}
	return "", false
}
