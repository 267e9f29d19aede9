package handler

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"
)

// ---- c20: the token fetch that serves a read back is part of that read ------
//
// A provider REST wrapper often fetches an OAuth access token before each
// call (PayPal's POST /v1/oauth2/token, then GET /v2/checkout/orders/{id}
// with "Bearer "+token). Its summary saw two slow calls and so was no
// longer "one payment status read", and a webhook reading the order back
// through it — the single read webhookack allows — was reported. A call
// whose string result the function sends in the read's Authorization
// header is what authorises that read: what the code does with the value,
// not the callee's name, says so. The function is then one status read
// (ack.go summary); a second read, or any other slow call beside them,
// keeps it slow.

// tokenRead: slow (of fd's body) is a token fetch followed by the one
// status read it authorises.
func (a *Ack) tokenRead(fd *ast.FuncDecl, slow []Slow) bool {
	if len(slow) != 2 || slow[0].StatusRead || !slow[1].StatusRead {
		return false
	}
	tokCall, ok := slow[0].Node.(*ast.CallExpr)
	if !ok || fd.Body == nil {
		return false
	}
	tok := a.assignedString(fd.Body, tokCall)
	if tok == nil {
		return false
	}
	return a.inAuthHeader(fd.Body, tok)
}

// assignedString: the string variable given call's first result
// (tok, err := c.token()), nil if none.
func (a *Ack) assignedString(body *ast.BlockStmt, call *ast.CallExpr) types.Object {
	var out types.Object
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || out != nil || len(as.Rhs) != 1 || ast.Unparen(as.Rhs[0]) != call || len(as.Lhs) == 0 {
			return out == nil
		}
		id, ok := as.Lhs[0].(*ast.Ident)
		if !ok {
			return false
		}
		obj := a.pass.TypesInfo.ObjectOf(id)
		if obj == nil {
			return false
		}
		if b, ok := obj.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			out = obj
		}
		return false
	})
	return out
}

// inAuthHeader: tok is in the value set as a request's Authorization
// header (req.Header.Set("Authorization", "Bearer "+tok), or Add).
func (a *Ack) inAuthHeader(body *ast.BlockStmt, tok types.Object) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found || len(call.Args) != 2 {
			return !found
		}
		fn := a.m.calleeFunc(call)
		if fn == nil || pkgOf(fn) != "net/http" || recvName(fn) != "Header" || fn.Name() != "Set" && fn.Name() != "Add" {
			return true
		}
		tv, ok := a.pass.TypesInfo.Types[call.Args[0]]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String || !strings.EqualFold(constant.StringVal(tv.Value), "Authorization") {
			return true
		}
		ast.Inspect(call.Args[1], func(m ast.Node) bool {
			if id, ok := m.(*ast.Ident); ok && a.pass.TypesInfo.Uses[id] == tok {
				found = true
			}
			return !found
		})
		return !found
	})
	return found
}
