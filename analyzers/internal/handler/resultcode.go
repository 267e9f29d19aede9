package handler

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a wrapper that hands back a result code it never tested ---------------
//
// Adyen's /payments and /payments/details answer Refused, Cancelled or
// Error with a nil error: the verdict is the answer's resultCode. A
// wrapper of the shop's that sends one of them and never compares the
// code itself returns a nil error for a refused payment:
//
//	func (c *Client) SubmitDetails(ctx, redirectResult) (code, psp string, err error) {
//		res, _, err := c.api.Checkout().PaymentsApi.PaymentsDetails(ctx, in)
//		if err != nil { return "", "", err }
//		return *res.ResultCode, *res.PspReference, nil
//	}
//
// Its caller's err == nil then settles nothing (handler.go settles): a
// return page that fulfils after it without testing the code it got back
// is unverified. A wrapper that compares the code (returns an error
// unless Authorised, switches on it, hands it to a function) may have
// decided: it stays a settling call, and the page stays silent.

// ResultCodeFact marks a function that sends a provider write whose
// answer carries its verdict in a result code, or calls such a function,
// and never tests that code itself.
type ResultCodeFact struct{}

// AFact marks ResultCodeFact as a fact.
func (*ResultCodeFact) AFact() {}

func (*ResultCodeFact) String() string { return "forwards an untested result code" }

// exportResultCodeForwarders exports ResultCodeFact for the package's
// functions that send a result-code write (directly or through another
// forwarder) and never test the code. Source order, so that a forwarder
// of a forwarder declared later in the file is still seen on a second
// pass.
func (m *Model) exportResultCodeForwarders() {
	if m.info == nil {
		return
	}
	var fds []*ast.FuncDecl
	var objs []*types.Func
	for obj, fd := range m.decls {
		if fd.Body != nil {
			fds, objs = append(fds, fd), append(objs, obj)
		}
	}
	sortByPos(fds, objs)
	done := map[*types.Func]bool{}
	for round := 0; round < 2; round++ {
		for i, fd := range fds {
			if done[objs[i]] || !m.sendsResultCode(fd) || testsResultCode(m.pass.TypesInfo, fd.Body) {
				continue
			}
			done[objs[i]] = true
			m.pass.ExportObjectFact(objs[i], &ResultCodeFact{})
		}
	}
}

// sendsResultCode: fd's body sends a write whose answer is a result code
// (the SDK call itself) or calls a forwarder; the code is fd's to test.
func (m *Model) sendsResultCode(fd *ast.FuncDecl) bool {
	for _, op := range m.info.Within(fd.Body) {
		if !op.Kind.Has(payment.Write) || op.Kind.Has(payment.Create) {
			continue
		}
		if op.Via == nil && answersResultCode(m.pass.TypesInfo, op.Call) || m.forwardsResultCode(op) {
			return true
		}
	}
	return false
}

// forwardsResultCode: op is a call of a function that hands back (or
// drops) a result code it never tested: a nil error from it says
// nothing of the payment.
func (m *Model) forwardsResultCode(op *payment.Op) bool {
	if op == nil || op.Via == nil {
		return false
	}
	return m.pass.ImportObjectFact(op.Via, new(ResultCodeFact))
}

// testsResultCode: body reads a ResultCode field (or a variable holding
// one) anywhere but in a nil test, a dereference, an assignment or a
// return: a comparison, a switch, a call argument may decide on it, so
// paylint takes it as tested.
func testsResultCode(info *types.Info, body *ast.BlockStmt) bool {
	holders := map[types.Object]bool{}
	isCode := func(e ast.Expr) bool {
		e = ast.Unparen(e)
		if st, ok := e.(*ast.StarExpr); ok {
			e = ast.Unparen(st.X)
		}
		switch x := e.(type) {
		case *ast.SelectorExpr:
			return x.Sel.Name == "ResultCode" && info.Selections[x] != nil
		case *ast.Ident:
			return holders[info.ObjectOf(x)]
		}
		return false
	}
	// Variables assigned a code: code = *res.ResultCode.
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
			for i, r := range as.Rhs {
				if id, ok := as.Lhs[i].(*ast.Ident); ok && isCode(r) {
					if o := info.ObjectOf(id); o != nil {
						holders[o] = true
					}
				}
			}
		}
		return true
	})
	tested := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.BinaryExpr:
			if (x.Op == token.EQL || x.Op == token.NEQ) && (isCode(x.X) && !isNilExpr(x.Y) || isCode(x.Y) && !isNilExpr(x.X)) {
				tested = true
			}
		case *ast.SwitchStmt:
			tested = tested || x.Tag != nil && isCode(x.Tag)
		case *ast.CallExpr:
			for _, a := range x.Args {
				tested = tested || isCode(a)
			}
		}
		return !tested
	})
	return tested
}

func isNilExpr(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "nil"
}
