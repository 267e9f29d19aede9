package handler

import (
	"go/ast"
	"go/token"
)

// eventArith: e, under parentheses and one-argument conversions or calls
// (read as rootIdent reads them), is arithmetic (+ - * /); its operands.
// An amount a handler turns into minor units (amount :=
// int64(ev.Data.Amount*100)) or nets of a fee is still the event's value:
// a use case handed it is handed the event, so what it does (a balance
// raised on every delivery) is the delivery's. rootIdent stops at the
// operator, which left such a call aside: never a duplicate, never
// proof that the handler acts on the payment.
func eventArith(e ast.Expr) []ast.Expr {
	for i := 0; i < 8; i++ {
		switch x := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			if len(x.Args) != 1 {
				return nil
			}
			e = x.Args[0]
		case *ast.BinaryExpr:
			switch x.Op {
			case token.ADD, token.SUB, token.MUL, token.QUO:
				return []ast.Expr{x.X, x.Y}
			}
			return nil
		default:
			return nil
		}
	}
	return nil
}
