package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// resty: (*resty.Request).Get/Post/Put/Patch/Delete/Execute/Send.
func (ix *index) resty(call *ast.CallExpr, fn *types.Func) *httpSend {
	if recvTypeName(fn) != "Request" {
		return nil
	}
	s := &httpSend{Call: call}
	args := call.Args
	switch fn.Name() {
	case "Get", "Post", "Put", "Patch", "Delete":
		if len(args) != 1 {
			return nil
		}
		s.Method, s.MethodOK = strings.ToUpper(fn.Name()), true
		s.setURL(ix, args[0])
	case "Execute":
		if len(args) != 2 {
			return nil
		}
		s.setMethod(ix, args[0])
		s.setURL(ix, args[1])
	case "Send":
		// Method and URL come from fields set on the request variable.
	default:
		return nil
	}
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	ix.restyChain(s, sel.X, 0)
	s.substPathParams(ix)
	ix.restyQuery(s, sel.X) // verifyread.go
	return s
}

// restyChain walks a request expression: SetX(...) calls, a request
// variable, down to client.R().
func (ix *index) restyChain(s *httpSend, e ast.Expr, depth int) {
	for ; depth < 64 && e != nil; depth++ {
		e = unparen(e)
		switch x := e.(type) {
		case *ast.CallExpr:
			fn := calleeOf(ix.info, x)
			sel, ok := unparen(x.Fun).(*ast.SelectorExpr)
			if fn == nil || !ok || funcPath(fn) != restyPath {
				return
			}
			switch recvTypeName(fn) {
			case "Request":
				ix.restySetter(s, x, fn)
				e = sel.X
				continue
			case "Client":
				if fn.Name() == "R" || fn.Name() == "NewRequest" {
					s.Retries, s.RetriesPos = ix.clientRetries(sel.X, 0)
					s.BaseURL = ix.restyBaseURL(sel.X) // restybase.go
				}
			}
			return
		case *ast.Ident:
			v := ix.identVar(x)
			if v == nil {
				return
			}
			s.ReqVars = append(s.ReqVars, v)
			for _, c := range ix.recvCalls[v] {
				if fn := calleeOf(ix.info, c); fn != nil && funcPath(fn) == restyPath && recvTypeName(fn) == "Request" {
					if sel, ok := unparen(c.Fun).(*ast.SelectorExpr); ok && ix.identVar(sel.X) == v {
						ix.restySetter(s, c, fn)
					}
				}
			}
			for _, as := range ix.fieldAssigns[v] {
				ix.restyFieldAssign(s, as, v)
			}
			a, ok := ix.single(v)
			if !ok || a.Index >= 0 {
				return
			}
			e = a.RHS
		default:
			return
		}
	}
}

func (ix *index) restySetter(s *httpSend, c *ast.CallExpr, fn *types.Func) {
	// (called for every setter on the chain and on the request variable)
	switch fn.Name() {
	case "SetHeader", "SetHeaders":
		s.HeaderCalls = append(s.HeaderCalls, c)
	case "SetBody":
		if len(c.Args) == 1 {
			s.Bodies = append(s.Bodies, c.Args[0])
		}
	case "SetFormData":
		if len(c.Args) == 1 {
			s.Forms = append(s.Forms, c.Args[0])
		}
	case "SetPathParam", "SetRawPathParam":
		if len(c.Args) == 2 {
			if name, ok := ix.stringConst(c.Args[0]); ok {
				s.pathParam(name, c.Args[1])
			}
		}
	case "SetPathParams", "SetRawPathParams":
		if len(c.Args) == 1 {
			if cl, ok := unparen(c.Args[0]).(*ast.CompositeLit); ok {
				for _, el := range cl.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						if name, ok := ix.stringConst(kv.Key); ok {
							s.pathParam(name, kv.Value)
						}
					}
				}
			}
		}
	}
}

// restyFieldAssign handles req.Method = "POST", req.URL = u, req.Body = b
// on a resty or net/http request variable.
func (ix *index) restyFieldAssign(s *httpSend, as *ast.AssignStmt, v *types.Var) {
	for i, lhs := range as.Lhs {
		sel, ok := unparen(lhs).(*ast.SelectorExpr)
		if !ok || ix.identVar(sel.X) != v || i >= len(as.Rhs) {
			continue
		}
		switch sel.Sel.Name {
		case "Method":
			if !s.MethodOK {
				s.setMethod(ix, as.Rhs[i])
			}
		case "URL":
			if !s.URLOK {
				s.setURL(ix, as.Rhs[i])
			}
		case "Body":
			s.Bodies = append(s.Bodies, as.Rhs[i])
		}
	}
}
