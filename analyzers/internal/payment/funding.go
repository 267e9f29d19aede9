package payment

import (
	"go/ast"
	"go/token"
	"strings"
)

// A prepaid or fuel card, a wallet or a sub-account is loaded by a POST
// to its "funding" ("POST /v1/cards/{id}/funding" with an amount): money
// moved onto it, repeated on every send. The word alone also names a
// funding source or the funding details of an account (read, or set with
// no amount), so it is taken as a payment resource only in a package that
// sends an amount to ".../{id}/funding" from one function: a string
// ending in "/funding" and an "amount" key (or Amount field) in the same
// function. Such a package gets the word as an extra payment resource (as
// a .paylint.yml payment_urls entry would give it).

// fundingResources returns ["funding"] when a function of the package
// sends an amount to a path ending in "/funding", nil otherwise.
func (b *builder) fundingResources() []string {
	for _, f := range b.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if ok && fd.Body != nil && fundsAmount(fd.Body) {
				return []string{"funding"}
			}
		}
	}
	return nil
}

// fundsAmount: body names a path ending in "/funding" (its last literal
// part, "/v1/cards/" + id + "/funding") and an amount.
func fundsAmount(body *ast.BlockStmt) bool {
	path, amount := false, false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.BasicLit:
			if x.Kind != token.STRING {
				break
			}
			s := strings.ToLower(strings.Trim(x.Value, "\"`"))
			if strings.HasSuffix(s, "/funding") {
				path = true
			}
			if s == "amount" || strings.HasPrefix(s, "amount_") {
				amount = true
			}
		case *ast.KeyValueExpr:
			if id, ok := x.Key.(*ast.Ident); ok && strings.HasPrefix(strings.ToLower(id.Name), "amount") {
				amount = true
			}
		}
		return !(path && amount)
	})
	return path && amount
}
